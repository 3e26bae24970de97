import { evenLevel, factOrigin } from './facts.fixture';
import type { SaleFact, TargetsFact, TerminationFact } from '../facts';
import { monthPeriod, quarterPeriod } from './period';
import { salesFigures } from './sales-figures';

const origin = (businessDate: string) => factOrigin(businessDate, 'contracts');
/** Lines' tax-exclusive amounts as contracts publishes them: amount ÷ (1 + rate), half-up to the fen. */
const sale = (
  contractId: string,
  signedOn: string,
  lines: [string, number, number][],
  costEstimateMinor: number,
): SaleFact => ({
  ...origin(signedOn),
  kind: 'sale',
  contractId,
  customerId: `c-${contractId}`,
  personId: 'p-li',
  divisionId: 'd-east',
  currency: 'CNY',
  amountMinor: lines.reduce((s, [, amount]) => s + amount, 0),
  amountExclusiveMinor: lines.reduce((s, [, , exclusive]) => s + exclusive, 0),
  costEstimateMinor,
  lines: lines.map(([productLineId, amountMinor, amountExclusiveMinor]) => ({
    productLineId,
    amountMinor,
    amountExclusiveMinor,
  })),
});
const terminated = (contractId: string, on: string): TerminationFact => ({
  ...origin(on),
  kind: 'termination',
  contractId,
});
const targets = (version: number, approvedOn: string, q1Sales: number): TargetsFact => ({
  ...origin(approvedOn),
  context: 'targets',
  kind: 'targets',
  fiscalYear: 2027,
  unit: 'division:d-east',
  version,
  currency: 'CNY',
  nodes: [
    {
      node: 'salesperson:p-li',
      divisionId: 'd-east',
      personId: 'p-li',
      targets: {
        salesAmount: { realistic: evenLevel(q1Sales), stretch: evenLevel((q1Sales * 6) / 5) },
        grossMargin: { realistic: evenLevel(40_000_000), stretch: evenLevel(48_000_000) },
      },
    },
  ],
});

// k1: LED 1,000,000 元 (÷1.13 → 884,955.75 元) + installation 130,000 元 (÷1.09 → 119,266.06 元), cost 700,000 元.
// k2: LED 500,000 元 (→ 442,477.88 元), cost 300,000 元, terminated in the same quarter.
// k3: signed last year, LED 200,000 元 (→ 176,991.15 元), cost 100,000 元, terminated in February.
const facts = {
  sales: [
    sale(
      'k1',
      '2027-01-10',
      [
        ['led', 100_000_000, 88_495_575],
        ['installation', 13_000_000, 11_926_606],
      ],
      70_000_000,
    ),
    sale('k2', '2027-02-15', [['led', 50_000_000, 44_247_788]], 30_000_000),
    sale('k3', '2026-12-20', [['led', 20_000_000, 17_699_115]], 10_000_000),
  ],
  terminations: [terminated('k2', '2027-03-10'), terminated('k3', '2027-02-01')],
  targets: [targets(1, '2027-01-05', 150_000_000), targets(2, '2027-04-05', 300_000_000)],
};
const li = { kind: 'person', personId: 'p-li' } as const;

describe('P1 sales, P2 gross margin and P6 product mix', () => {
  it('Q1: 1,130,000 + 500,000 − 500,000 (terminated in Q1) − 200,000 (last year’s, terminated now) = 930,000 元 of a 1,500,000 元 target', () => {
    const q1 = salesFigures(li, quarterPeriod(2027, 1), facts);
    expect(q1.signedMinor).toBe(93_000_000);
    expect(q1.p1).toEqual({
      realistic: { numerator: 93_000_000, denominator: 150_000_000, value: '0.620000', display: '62.0%' },
      stretch: { numerator: 93_000_000, denominator: 180_000_000, value: '0.516667', display: '51.7%' },
      targetRealisticMinor: 150_000_000,
      targetStretchMinor: 180_000_000,
    });
    expect(q1.explain.map((e) => [e.contractId, e.sign])).toEqual([
      ['k1', 1],
      ['k3', -1],
      ['k2', 1],
      ['k2', -1],
    ]);
  });

  it('P2 on tax-exclusive amounts: (884,955.75 + 119,266.06 − 700,000) − (176,991.15 − 100,000) = 227,230.66 元 of 400,000 元', () => {
    const q1 = salesFigures(li, quarterPeriod(2027, 1), facts);
    expect(q1.grossMarginMinor).toBe(30_422_181 - 7_699_115);
    expect(q1.p2.realistic).toEqual({
      numerator: 22_723_066,
      denominator: 40_000_000,
      value: '0.568077',
      display: '56.8%',
    });
  });

  it('P6: LED 800,000 元 and installation 130,000 元 of 930,000 元', () => {
    expect(salesFigures(li, quarterPeriod(2027, 1), facts).p6).toEqual([
      {
        productLineId: 'installation',
        amountMinor: 13_000_000,
        share: { numerator: 13_000_000, denominator: 93_000_000, value: '0.139785', display: '14.0%' },
      },
      {
        productLineId: 'led',
        amountMinor: 80_000_000,
        share: { numerator: 80_000_000, denominator: 93_000_000, value: '0.860215', display: '86.0%' },
      },
    ]);
  });

  it('months: February gains k2 and loses k3; March loses k2 (its signing month keeps it)', () => {
    expect(salesFigures(li, monthPeriod(2027, 2), facts).signedMinor).toBe(30_000_000);
    expect(salesFigures(li, monthPeriod(2027, 3), facts).signedMinor).toBe(-50_000_000);
  });

  it('targets are those in force at the period’s end: the revision approved in April does not change Q1', () => {
    expect(salesFigures(li, quarterPeriod(2027, 1), facts).p1.targetRealisticMinor).toBe(150_000_000);
    expect(salesFigures(li, quarterPeriod(2027, 2), facts).p1.targetRealisticMinor).toBe(300_000_000);
  });

  it('no target: the rate is null with the reason; someone else sees nothing of 李娜’s', () => {
    const wang = salesFigures({ kind: 'person', personId: 'p-wang' }, quarterPeriod(2027, 1), facts);
    expect(wang).toMatchObject({
      signedMinor: 0,
      p1: { realistic: { value: null, reason: expect.stringContaining('no target') } },
    });
    expect(wang.p6).toEqual([]);
  });
});
