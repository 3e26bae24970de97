import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedKpiQuarter, kpiActors as who, kpiCaughtUp } from '@sales/kpi/testing';
import { type AppHarness, type ApiCall, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { Workbook } from 'exceljs';
import { standaloneApp } from './standalone.app';

/**
 * Issue 11's tables in standalone (P8 rankings, the 拖后腿 lagging list, a division's people ×
 * KPIs), over HTTP after the quarter of libs/kpi/testing is fed, against numbers worked out by
 * hand from kpi-quarter.deals.ts and kpi-targets-2027.ts (amounts in 元 unless fen):
 *
 *   Q1 signed (P1): 李娜 1,239,000 + 226,000 − 226,000 (k-kpi-li-2 terminated 03-19) + 110,000 = 1,349,000
 *                   王磊 565,000; 何芸 393,500 (all recorded by 03-22; k-kpi-li-4 is 04-01, Q2)
 *   Q1 realistic targets: 李娜 840,000, 王磊 600,000, 何芸 960,000 (months: a third each)
 *   P1 rates: 1,349,000 ÷ 840,000 = 1.605952 (160.6%); 565,000 ÷ 600,000 = 0.941667 (94.2%);
 *             393,500 ÷ 960,000 = 0.409896 (41.0%) → places 1 李娜, 2 王磊, 3 何芸.
 *   Lagging Q1 as of 03-22: 81 of 90 days gone → 李娜 756,000 and 王磊 540,000 are ahead; 何芸
 *     960,000 × 81 ÷ 90 = 864,000, shortfall 864,000 − 393,500 = 470,500, pace 0.455440 (45.5%).
 *   Lagging March as of 03-22 (22 of 31 days): 李娜 28,000,000 fen × 22 ÷ 31 = 19,870,967.7 → 19,870,968
 *     fen, achieved 110,000 − 226,000 = −116,000 → shortfall 314,709.68; 何芸 32,000,000 × 22 ÷ 31 →
 *     22,709,677 fen, nothing signed → 227,096.77; 王磊 20,000,000 × 22 ÷ 31 → 14,193,548 fen → 141,935.48.
 */
describe('KPI tables of a quarter in standalone: rankings, lagging list, people × KPIs, CSV and xlsx', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  let kpi: ApiCall;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kpi-tables-'));
    await feedKpiQuarter({
      async onDay(instant) {
        await harness?.close();
        harness = await startApp(standaloneApp, { SALES_CLOCK: instant, DATA_DIR: dataDir });
        const running = harness;
        const call: ApiCall = (method, path, options) => running.request(method, path, options);
        return { org: call, targets: call, customers: call, contracts: call, kpi: call };
      },
    });
    const running = harness as AppHarness;
    kpi = (method, path, options) => running.request(method, path, options);
    await kpiCaughtUp(kpi);
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (actor: Actor, path: string) => (harness as AppHarness).request('GET', path, { actor });
  type Row = Record<string, any>;
  const row = (rows: Row[], name: string) => rows.find((r) => r.name === name) as Row;

  it('company ranking on P1 realistic for 2027-Q1: places, rates and amounts as worked by hand', async () => {
    const { status, body } = await get(who.vp, '/kpi/rankings?within=company&period=2027-Q1&asOf=2027-04-02');
    expect(status).toBe(200);
    expect(body.figure.id).toBe('P1.realistic');
    expect(body.within).toEqual({ key: 'company', name: '公司' });
    expect(
      body.rows.map((r: Row) => [r.place, r.name, r.divisionName, r.value.value, r.value.display]),
    ).toEqual([
      [1, '李娜', '华东事业部', '1.605952', '160.6%'],
      [2, '王磊', '华东事业部', '0.941667', '94.2%'],
      [3, '何芸', '华南事业部', '0.409896', '41.0%'],
    ]);
    expect(row(body.rows, '李娜')).toMatchObject({
      achieved: { amountMinor: 134_900_000, currency: 'CNY', display: '1,349,000.00 元' },
      target: { amountMinor: 84_000_000 },
    });
    expect(row(body.rows, '何芸')).toMatchObject({
      achieved: { amountMinor: 39_350_000 },
      target: { amountMinor: 96_000_000 },
    });
  });

  it('a salesperson sees every place and name, but only their own rate and amounts', async () => {
    const { status, body } = await get(who.he, '/kpi/rankings?period=2027-Q1&asOf=2027-04-02');
    expect(status).toBe(200);
    expect(body.rows.map((r: Row) => [r.place, r.name])).toEqual([
      [1, '李娜'],
      [2, '王磊'],
      [3, '何芸'],
    ]);
    for (const name of ['李娜', '王磊'])
      expect(row(body.rows, name)).toMatchObject({ shown: false, value: null, achieved: null, target: null });
    expect(row(body.rows, '何芸')).toMatchObject({
      shown: true,
      value: { value: '0.409896' },
      achieved: { amountMinor: 39_350_000 },
    });
    // Nor in the file: 李娜's 1,349,000.00 appears nowhere in 何芸's CSV.
    const csv = await get(who.he, '/kpi/rankings?period=2027-Q1&asOf=2027-04-02&format=csv');
    expect(csv.body).not.toContain('1,349,000.00');
    expect(csv.body).toContain('3,何芸,华南事业部,41.0%,"393,500.00","960,000.00"');
    // A division manager sees their own division's amounts, the other division's places only.
    const chen = await get(who.chen, '/kpi/rankings?period=2027-Q1&asOf=2027-04-02');
    expect(row(chen.body.rows, '王磊').achieved.amountMinor).toBe(56_500_000);
    expect(row(chen.body.rows, '何芸')).toMatchObject({ place: 3, achieved: null, value: null });
  });

  it('the lagging list as of 2027-03-22: Q1 and March, behind the target pro-rated to the date', async () => {
    const q1 = await get(who.vp, '/kpi/lagging?within=company&period=2027-Q1&asOf=2027-03-22');
    expect(q1.status).toBe(200);
    expect(q1.body.date).toBe('2027-03-22');
    expect(
      q1.body.rows.map((r: Row) => [
        r.name,
        r.achieved.amountMinor,
        r.proratedTarget.amountMinor,
        r.shortfall.amountMinor,
        r.pace.value,
      ]),
    ).toEqual([['何芸', 39_350_000, 86_400_000, 47_050_000, '0.455440']]);
    const march = await get(who.vp, '/kpi/lagging?period=2027-03&asOf=2027-03-22');
    expect(
      march.body.rows.map((r: Row) => [
        r.name,
        r.achieved.amountMinor,
        r.proratedTarget.amountMinor,
        r.shortfall.display,
      ]),
    ).toEqual([
      ['李娜', -11_600_000, 19_870_968, '314,709.68 元'],
      ['何芸', 0, 22_709_677, '227,096.77 元'],
      ['王磊', 0, 14_193_548, '141,935.48 元'],
    ]);
    // A division manager: their division only.
    const east = await get(who.chen, '/kpi/lagging?within=division:d-east&period=2027-03&asOf=2027-03-22');
    expect(east.body.rows.map((r: Row) => r.name)).toEqual(['李娜', '王磊']);
  });

  it('a division’s people × KPIs: 华东 for Q1, with its total', async () => {
    const { status, body } = await get(
      who.chen,
      '/kpi/divisions/d-east/people?period=2027-Q1&asOf=2027-04-02',
    );
    expect(status).toBe(200);
    expect(body.rows.map((r: Row) => [r.name, r.p1Realistic.value, r.signed.amountMinor])).toEqual([
      ['李娜', '1.605952', 134_900_000],
      ['王磊', '0.941667', 56_500_000],
    ]);
    // 1,349,000 + 565,000 = 1,914,000 ÷ 1,440,000 = 1.329167.
    expect(body.total).toMatchObject({ name: '华东事业部合计', p1Realistic: { value: '1.329167' } });
  });

  it('CSV: a zh-CN header row, money in 元 with separators, a zh-CN file name', async () => {
    const csv = await get(who.vp, '/kpi/rankings?within=company&period=2027-Q1&asOf=2027-04-02&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('销售排名-2027-Q1.csv')}`,
    );
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('名次,姓名,事业部,销售目标达成率（现实目标）,签约额（元）,销售目标（元）');
    expect(lines[1]).toBe('1,李娜,华东事业部,160.6%,"1,349,000.00","840,000.00"');
    const lagging = await get(who.vp, '/kpi/lagging?period=2027-Q1&asOf=2027-03-22&format=csv');
    expect(lagging.headers.get('content-disposition')).toContain(
      encodeURIComponent('拖后腿名单-2027-Q1-截至2027-03-22.csv'),
    );
    expect(lagging.body).toContain(
      '何芸,华南事业部,"393,500.00","960,000.00","864,000.00","470,500.00",45.5%',
    );
  });

  it('xlsx: parsed back, zh-CN headers and money cells as numbers in 元', async () => {
    const running = harness as AppHarness;
    const response = await fetch(
      `${running.baseUrl}/kpi/divisions/d-east/people?period=2027-Q1&asOf=2027-04-02&format=xlsx`,
      { headers: { authorization: `Bearer ${await running.tokenFor(who.vp)}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('华东事业部-人员指标-2027-Q1.xlsx'),
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      '姓名',
      '销售目标达成率（现实）',
      '签约额（元）',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('李娜');
    expect(sheet.getRow(2).getCell(3).value).toBe(1_349_000);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(4).getCell(1).value).toBe('华东事业部合计');
  });

  it('bad parameters: one 400 naming each; an unknown division named; scope refused with a stable code', async () => {
    const bad = await get(who.vp, '/kpi/rankings?within=region:x&period=2027-Q5&figure=P6&format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: Row) => f.field).sort()).toEqual(['figure', 'format', 'period', 'within']);
    const unknown = await get(who.vp, '/kpi/rankings?within=division:d-north&period=2027-Q1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0]).toMatchObject({ field: 'within', constraint: 'unknown-table-division' });
    const noPeople = await get(who.vp, '/kpi/divisions/d-north/people?period=2027-Q1');
    expect(noPeople.status).toBe(400);
    expect(noPeople.body.fields[0].field).toBe('divisionId');
    const salesperson = await get(who.li, '/kpi/lagging?period=2027-Q1');
    expect(salesperson.status).toBe(403);
    expect(JSON.stringify(salesperson.body)).toContain('kpi-table-not-allowed');
    const otherDivision = await get(who.chen, '/kpi/divisions/d-south/people?period=2027-Q1');
    expect(otherDivision.status).toBe(403);
    expect(JSON.stringify(otherDivision.body)).toContain('kpi-table-outside-scope');
    const companyLagging = await get(who.chen, '/kpi/lagging?period=2027-Q1');
    expect(companyLagging.status).toBe(403);
    const engineer = await get(who.engineer, '/kpi/rankings?period=2027-Q1');
    expect(engineer.status).toBe(403);
  });
});
