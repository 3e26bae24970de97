import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ExpectedSubject,
  type KpiQuarterOutcome,
  KPI_QUARTER_DAYS,
  KPI_QUARTER_EXPECTED,
  feedKpiQuarter,
  readKpiFigures,
} from '@sales/kpi/testing';
import { type AppHarness, type ApiCall, eventually, startApp } from '@sales/shared/app-testing';

const vp = { userId: 'p-vp', role: 'vp' } as const;
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
    // The projector has caught up once the company's Q1 includes the late payment (the last event).
    const expected = KPI_QUARTER_EXPECTED.figures.company['2027-Q1'].p3.receivedMinor;
    await eventually(async () => {
      const { figures } = await readKpiFigures(kpi, vp, { subject: 'company', period: '2027-Q1' });
      if (figures.p3.receivedMinor !== expected)
        throw new Error(`the read model is behind: ${figures.p3.receivedMinor}`);
    }, 30_000);
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const subjects = Object.keys(KPI_QUARTER_EXPECTED.figures) as ExpectedSubject[];
  const periods = ['2027-01', '2027-Q1', '2027'] as const;
  it.each(subjects.flatMap((subject) => periods.map((period) => [subject, period] as const)))(
    '%s, %s: every figure equals the hand-worked value',
    async (subject, period) => {
      const { figures } = await readKpiFigures(kpi, vp, { subject, period });
      expect(figures).toEqual(KPI_QUARTER_EXPECTED.figures[subject][period]);
    },
  );

  it.each(subjects)(
    '%s, Q1 as of 2027-03-22 leaves out the payment dated 03-10 but entered 04-02; as of 04-02 it is in',
    async (subject) => {
      const { asOf } = KPI_QUARTER_EXPECTED;
      const expected = asOf.bySubject[subject];
      for (const [day, want] of [
        [asOf.before, expected.before],
        [asOf.after, expected.after],
      ] as const) {
        const { figures } = await readKpiFigures(kpi, vp, { subject, period: asOf.period, asOf: day });
        expect({
          day,
          received: figures.p3.receivedMinor,
          fallingDue: figures.p3.fallingDueMinor,
          rate: figures.p3.rate,
        }).toEqual({
          day,
          received: want.receivedMinor,
          fallingDue: want.fallingDueMinor,
          rate: want.rate,
        });
      }
    },
  );

  it('李娜’s March: the contract terminated in March is deducted there; P3 has an opening balance', async () => {
    const { liMarch } = KPI_QUARTER_EXPECTED;
    const march = (await readKpiFigures(kpi, vp, { subject: 'salesperson:p-li', period: liMarch.period }))
      .figures;
    expect(march.p1.achievedMinor).toBe(liMarch.p1.signedMinor);
    expect(march.p1.targetRealisticMinor).toBe(liMarch.p1.targetRealisticMinor);
    expect(march.p1.realistic).toEqual(liMarch.p1.realistic);
    expect(march.p3).toEqual({
      receivedMinor: liMarch.p3.receivedMinor,
      openingMinor: liMarch.p3.openingMinor,
      fallingDueMinor: liMarch.p3.fallingDueMinor,
      rate: liMarch.p3.rate,
    });
    const before = await readKpiFigures(kpi, vp, {
      subject: 'salesperson:p-li',
      period: liMarch.period,
      asOf: KPI_QUARTER_EXPECTED.asOf.before,
    });
    expect(before.figures.p3.rate).toEqual(liMarch.p3.asOfBefore);
  });

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
