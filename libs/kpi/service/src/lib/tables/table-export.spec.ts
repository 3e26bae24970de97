import { rate } from '@sales/kpi/projections';
import type { Money } from '@sales/shared/domain';
import { Workbook } from 'exceljs';
import { type TableColumn, toCsv, toXlsx } from './table-export';

type Line = Readonly<{
  name: string;
  sales: Money | null;
  attainment: ReturnType<typeof rate>;
  visits: number;
}>;

const yuan = (minor: number): Money => ({ minor, currency: 'CNY' });

const columns: readonly TableColumn<Line>[] = [
  { header: { zh: '业务员', en: 'Salesperson' }, kind: 'text', value: (l) => l.name },
  { header: { zh: '销售额', en: 'Sales' }, kind: 'money', value: (l) => l.sales },
  { header: { zh: '销售目标达成率', en: 'Sales attainment' }, kind: 'rate', value: (l) => l.attainment },
  { header: { zh: '拜访户数', en: 'Visits' }, kind: 'integer', value: (l) => l.visits },
];

const lines: Line[] = [
  { name: '李娜', sales: yuan(123_456_789), attainment: rate(5, 6, 'no target'), visits: 42 },
  { name: '王, "小" 明\n二组', sales: yuan(-5), attainment: rate(1, 0, '本期无目标'), visits: 0 },
  { name: '=HYPERLINK("x")', sales: null, attainment: rate(3, 2, 'no target'), visits: 7 },
];

describe('表格下载 table downloads', () => {
  it('CSV: a BOM, zh-CN headers (money says 元), amounts with separators and 2 decimals, rates as shown, RFC 4180 quoting', () => {
    const csv = toCsv(columns, lines);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')).toEqual([
      '业务员,销售额（元）,销售目标达成率,拜访户数',
      '李娜,"1,234,567.89",83.3%,42',
      '"王, ""小"" 明\n二组",-0.05,—,0',
      `"'=HYPERLINK(""x"")",,150.0%,7`,
      '',
    ]);
  });

  it('.xlsx: a zh-CN sheet with a bold header row; money numeric in 元 formatted #,##0.00, rates exact with a percent format', async () => {
    const buffer = await toXlsx(columns, lines, '事业部排名 2027-Q1');
    const workbook = new Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('事业部排名 2027-Q1');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '业务员',
      '销售额（元）',
      '销售目标达成率',
      '拜访户数',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('李娜');
    expect(first.getCell(2).value).toBe(1234567.89);
    expect(first.getCell(2).numFmt).toBe('#,##0.00');
    expect(first.getCell(3).value).toBe(0.833333);
    expect(first.getCell(3).numFmt).toBe('0.0%');
    expect(first.getCell(4).value).toBe(42);
    const second = sheet.getRow(3);
    expect(second.getCell(1).value).toBe('王, "小" 明\n二组');
    expect(second.getCell(2).value).toBe(-0.05);
    expect(second.getCell(3).value).toBe('—');
    const third = sheet.getRow(4);
    expect(third.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(third.getCell(2).value).toBeNull();
    expect(sheet.rowCount).toBe(4);
  });

  it('a sheet name Excel would refuse is cleaned', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await toXlsx(columns, [], '排名/2027:Q1')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名 2027 Q1']);
  });
});
