import type { RateOrNull } from '@sales/kpi/projections';
import { type LocalizedText, type Money, formatMoney, minorDigits } from '@sales/shared/domain';
import { type Cell, Workbook } from 'exceljs';

/*
 * 表格下载: every KPI table (rankings, the lagging list, a division's people × KPIs) as CSV and
 * .xlsx, with zh-CN headers and amounts in 元. A table is its columns — each a header, a kind and
 * how to read the cell from a row — so one definition serves both files and the JSON answer.
 */

type Column<Row, Kind extends string, Value> = Readonly<{
  header: LocalizedText;
  kind: Kind;
  value(row: Row): Value | null;
}>;

/**
 * One column: `text`; `money` (integer minor units with their currency, shown in 元 with
 * thousands separators and 2 decimals); `rate` (a figure's rate, shown as its rounded display —
 * 83.3% — and in .xlsx as the exact value with a percent format); `integer` (counts).
 */
export type TableColumn<Row> =
  | Column<Row, 'text', string>
  | Column<Row, 'money', Money>
  | Column<Row, 'rate', RateOrNull>
  | Column<Row, 'integer', number>;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A money column's header says the unit, since its cells do not (`销售额（元）`). */
function headerOf(column: TableColumn<never>): string {
  const { zh } = column.header;
  return column.kind === 'money' && !zh.includes('元') ? `${zh}（元）` : zh;
}

/** `123456789` fen as `1,234,567.89` (元 is in the header); another currency keeps its code. */
export function moneyText({ minor, currency }: Money): string {
  return formatMoney(minor, currency).replace(/ 元$/, '');
}

/** What a cell shows as text (CSV). */
function cellText<Row>(column: TableColumn<Row>, row: Row): string {
  switch (column.kind) {
    case 'text':
      return neutralised(column.value(row) ?? '');
    case 'money': {
      const money = column.value(row);
      return money === null ? '' : moneyText(money);
    }
    case 'rate':
      return column.value(row)?.display ?? '';
    case 'integer':
      return String(column.value(row) ?? '');
  }
}

/**
 * A text cell a spreadsheet would read as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading
 * apostrophe: names and notes come from users, and a downloaded table must not run anything.
 */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV: UTF-8 with a byte-order mark (so Excel reads the zh-CN headers), CRLF line
 * ends, one header row in zh-CN, then one line per row.
 */
export function toCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => csvField(headerOf(column))),
    ...rows.map((row) => columns.map((column) => csvField(cellText(column, row)))),
  ];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
function sheetNameOf(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || '表';
}

function setCell<Row>(cell: Cell, column: TableColumn<Row>, row: Row): void {
  switch (column.kind) {
    case 'text':
      cell.value = column.value(row) ?? '';
      return;
    case 'money': {
      const money = column.value(row);
      if (money === null) return;
      const digits = minorDigits(money.currency);
      cell.value = money.minor / 10 ** digits;
      cell.numFmt = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
      return;
    }
    case 'rate': {
      const rate = column.value(row);
      if (rate === null) return;
      if (rate.value === null) {
        cell.value = rate.display;
        return;
      }
      cell.value = Number(rate.value);
      cell.numFmt = rate.display.endsWith('%') ? '0.0%' : '0.00';
      return;
    }
    case 'integer': {
      const count = column.value(row);
      if (count === null) return;
      cell.value = count;
      cell.numFmt = '0';
      return;
    }
  }
}

/**
 * The table as an .xlsx workbook of one sheet named `sheetName` (zh-CN): a bold zh-CN header row,
 * frozen; money as numbers in 元 formatted `#,##0.00`; rates as their exact value formatted as a
 * percentage; an absent value as an empty cell.
 */
export async function toXlsx<Row>(
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(columns.map((column) => headerOf(column)));
  header.font = { bold: true };
  for (const row of rows) {
    const line = sheet.addRow([]);
    columns.forEach((column, index) => setCell(line.getCell(index + 1), column, row));
  }
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.max(10, headerOf(column).length * 2 + 2);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
