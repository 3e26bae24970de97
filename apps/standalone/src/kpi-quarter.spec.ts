import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type KpiQuarterOutcome,
  KPI_QUARTER_DAYS,
  feedKpiQuarter,
  kpiCaughtUp,
  kpiQuarterChecks,
} from '@sales/kpi/testing';
import { type AppHarness, type ApiCall, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/**
 * Issue 11's scenario in standalone: a quarter of a small department's activity (libs/kpi/testing)
 * fed through org's, targets', customers', contracts' and the KPI API's own HTTP routes, on four
 * record days (the app restarted on the same DATA_DIR with each day's SALES_CLOCK), then the KPI
 * API's figures compared with the values worked out by hand in kpi-quarter.expected*.ts — for
 * 李娜, 华东 and the company; January, Q1 and 2027; and Q1 as of a day before the late payment
 * was entered. The projector runs on the in-process bus, refilled from the replayed history.
 */
describe('KPI figures of a quarter in standalone, against hand-worked values', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  const clocks: string[] = [];
  let outcome: KpiQuarterOutcome;
  let kpi: ApiCall;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kpi-quarter-'));
    outcome = await feedKpiQuarter({
      async onDay(instant) {
        await harness?.close();
        harness = await startApp(standaloneApp, { SALES_CLOCK: instant, DATA_DIR: dataDir });
        clocks.push(instant);
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

  kpiQuarterChecks(() => kpi);

  it('ran on four clocks and returned every id the figures are asked about', () => {
    expect(clocks).toEqual(Object.values(KPI_QUARTER_DAYS));
    expect(Object.keys(outcome.customerIds).sort()).toEqual(['A', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(outcome.contractIds).toEqual({
      li1: 'k-kpi-li-1',
      li2: 'k-kpi-li-2',
      wang1: 'k-kpi-wang-1',
      he1: 'k-kpi-he-1',
      li3: 'k-kpi-li-3',
      li4: 'k-kpi-li-4',
    });
    expect(outcome.latePaymentId).toBe('pay-kpi-li1-2');
    expect(outcome.visitIds).toHaveLength(22);
    expect(outcome.expenseIds).toHaveLength(2);
  });

  it('the services hold what was fed: the termination, the late payment, the prepayment, the visits', async () => {
    const running = harness as AppHarness;
    const vp = { userId: 'p-vp', role: 'vp' } as const;
    const terminated = await running.request('GET', '/contracts/k-kpi-li-2', { actor: vp });
    expect(terminated.status).toBe(200);
    expect(terminated.body.status).toBe('terminated');
    const li1 = await running.request('GET', '/contracts/k-kpi-li-1', { actor: vp });
    expect(li1.body).toMatchObject({ signedOn: '2027-01-12', amountMinor: 123_900_000 });
    const visits = await running.request(
      'GET',
      '/customers/visits?salespersonId=p-li&from=2027-01-01&to=2027-04-02',
      {
        actor: vp,
      },
    );
    expect(visits.status).toBe(200);
    expect(visits.body.map((v: { date: string; kind: string }) => `${v.date} ${v.kind}`)).toEqual([
      '2027-01-04 in-person',
      '2027-01-04 phone',
      '2027-01-04 in-person',
      '2027-01-12 in-person',
      '2027-01-14 joint',
      '2027-01-18 in-person',
      '2027-01-20 in-person',
      '2027-02-05 in-person',
      '2027-02-10 in-person',
      '2027-02-20 in-person',
      '2027-02-20 phone',
      '2027-03-05 in-person',
      '2027-03-19 joint',
      '2027-04-01 in-person',
    ]);
    const wang = await running.request('GET', '/contracts/k-kpi-wang-1/receivable', { actor: vp });
    expect(wang.body.payments[0]).toMatchObject({ paymentId: 'pay-kpi-wang-pre', prepayment: true });
    const late = await running.request('GET', '/contracts/k-kpi-li-1/receivable', { actor: vp });
    expect(late.body.payments.map((p: { paymentId: string; receivedOn: string }) => p.receivedOn)).toEqual([
      '2027-01-15',
      '2027-03-10',
    ]);
    // The hand-rounded 毛利 of the expectations agrees with contracts' own (P2's per-line rounding).
    const margins: Record<string, number> = {};
    for (const id of ['k-kpi-li-1', 'k-kpi-li-2', 'k-kpi-wang-1', 'k-kpi-he-1', 'k-kpi-li-3', 'k-kpi-li-4'])
      margins[id] = (await running.request('GET', `/contracts/${id}`, { actor: vp })).body.grossMarginMinor;
    expect(margins).toEqual({
      'k-kpi-li-1': 40_000_000,
      'k-kpi-li-2': 5_000_000,
      'k-kpi-wang-1': 18_000_000,
      'k-kpi-he-1': 10_000_000,
      'k-kpi-li-3': 3_766_989,
      'k-kpi-li-4': 2_000_000,
    });
    const customers = await running.request('GET', '/customers', { actor: vp });
    const byName = (name: string) => customers.body.find((c: { name: string }) => c.name === name);
    expect(byName('蓝海国际酒店')).toMatchObject({
      ownerId: 'p-li',
      registeredOn: '2027-03-22',
      status: 'potential',
    });
    expect(byName('新世纪广场管理有限公司')).toMatchObject({ ownerId: 'p-li', status: 'active' });
    expect(customers.body).toHaveLength(7);
  });
});
