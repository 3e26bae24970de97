import { type ApiCall, eventually } from '@sales/shared/app-testing';
import { KPI_QUARTER_EXPECTED, type ExpectedSubject } from './kpi-quarter.expected';
import { readKpiFigures } from './kpi-figures.reader';

const vp = { userId: 'p-vp', role: 'vp' } as const;

/** JSON with keys sorted, to compare two values whatever order their keys came in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Waits until the KPI API shows the whole feed: the company's 2027 — which every context's last
 * events of day 4 move (the late payment, customer H and its visit, li4) — equals its literals.
 * The feed returns before the projector has read everything; until then the figures lag.
 */
export async function kpiCaughtUp(kpi: ApiCall, timeoutMs = 60_000): Promise<void> {
  const expected = KPI_QUARTER_EXPECTED.figures.company['2027'];
  await eventually(async () => {
    const { figures } = await readKpiFigures(kpi, vp, { subject: 'company', period: '2027' });
    if (canonical(figures) !== canonical(expected))
      throw new Error(`the read model is behind (or wrong): ${JSON.stringify(figures)}`);
  }, timeoutMs);
}

/**
 * The scenario's checks, one jest test each, for a KPI API fed with the quarter (standalone or
 * distributed; call inside a describe whose beforeAll ran `feedKpiQuarter` and `kpiCaughtUp`):
 * every figure of 李娜, 华东 and the company for January, Q1 and 2027 equals the hand-worked
 * literals; Q1 as of 03-22 leaves out the payment dated 03-10 but entered 04-02, as of 04-02 it is
 * in; 李娜's March deducts the contract terminated there and opens with a balance.
 */
export function kpiQuarterChecks(kpi: () => ApiCall): void {
  const subjects = Object.keys(KPI_QUARTER_EXPECTED.figures) as ExpectedSubject[];
  const periods = ['2027-01', '2027-Q1', '2027'] as const;
  it.each(subjects.flatMap((subject) => periods.map((period) => [subject, period] as const)))(
    '%s, %s: every figure equals the hand-worked value',
    async (subject, period) => {
      const { figures } = await readKpiFigures(kpi(), vp, { subject, period });
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
        const { figures } = await readKpiFigures(kpi(), vp, { subject, period: asOf.period, asOf: day });
        expect({
          day,
          received: figures.p3.receivedMinor,
          fallingDue: figures.p3.fallingDueMinor,
          rate: figures.p3.rate,
        }).toEqual({ day, received: want.receivedMinor, fallingDue: want.fallingDueMinor, rate: want.rate });
      }
    },
  );

  it('李娜’s March: the contract terminated in March is deducted there; P3 has an opening balance', async () => {
    const { liMarch } = KPI_QUARTER_EXPECTED;
    const li = { subject: 'salesperson:p-li', period: liMarch.period } as const;
    const march = (await readKpiFigures(kpi(), vp, li)).figures;
    expect(march.p1.achievedMinor).toBe(liMarch.p1.signedMinor);
    expect(march.p1.targetRealisticMinor).toBe(liMarch.p1.targetRealisticMinor);
    expect(march.p1.realistic).toEqual(liMarch.p1.realistic);
    expect(march.p3).toEqual({
      receivedMinor: liMarch.p3.receivedMinor,
      openingMinor: liMarch.p3.openingMinor,
      fallingDueMinor: liMarch.p3.fallingDueMinor,
      rate: liMarch.p3.rate,
    });
    const before = await readKpiFigures(kpi(), vp, { ...li, asOf: KPI_QUARTER_EXPECTED.asOf.before });
    expect(before.figures.p3.rate).toEqual(liMarch.p3.asOfBefore);
  });
}
