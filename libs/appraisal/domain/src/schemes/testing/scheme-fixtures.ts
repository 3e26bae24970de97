import type { PeriodAmounts } from '../appraisal';
import type { SchemeRules, SchemeVersion } from '../scheme-version';

/**
 * A salesperson's quarterly scheme as a VP might set it: collections attainment (linear, capped at
 * 120%), sales attainment (linear, no cap), new customers (bands) and the manager's evaluation;
 * commission on collections: 2% to 100,000 元, 3% to 300,000 元, 5% above; 1× below 100% of
 * target, 1.5× from 100%, 2× from 120%; capped at 30,000 元; a 500 元 penalty on the 2nd miss.
 */
export const salesRules = (overrides: Partial<SchemeRules> = {}): SchemeRules => ({
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    {
      figureId: 'P7.collections.realistic',
      weightPercent: 40,
      curve: { kind: 'linear', floor: '0.6', target: '1', cap: '1.2' },
    },
    { figureId: 'P1.realistic', weightPercent: 30, curve: { kind: 'linear', floor: '0.5', target: '1' } },
    {
      figureId: 'P5.new',
      weightPercent: 10,
      curve: {
        kind: 'bands',
        bands: [
          { from: '0', points: 0 },
          { from: '2', points: 60 },
          { from: '4', points: 100 },
        ],
      },
    },
  ],
  qualitativeWeightPercent: 20,
  gradeBands: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 75 },
    { grade: 'C', minScore: 60 },
    { grade: 'D', minScore: 0 },
  ],
  miss: { kind: 'grades', grades: ['D'] },
  ladder: {
    help: { text: '由事业部经理制定改进计划并一对一辅导' },
    penalty: { text: '扣减当期绩效奖金', amountMinor: 50_000 },
    eliminationWarning: { text: '淘汰预警，提交副总与人事讨论' },
  },
  commission: {
    basis: 'collections',
    mode: 'full',
    currency: 'CNY',
    tiers: [
      { fromMinor: 0, ratePercent: 2 },
      { fromMinor: 10_000_000, ratePercent: 3 },
      { fromMinor: 30_000_000, ratePercent: 5 },
    ],
    accelerators: [
      { fromAttainment: 0, multiplier: 1 },
      { fromAttainment: 100, multiplier: 1.5 },
      { fromAttainment: 120, multiplier: 2 },
    ],
    capMinor: 3_000_000,
  },
  ...overrides,
});

export const salesScheme = (overrides: Partial<SchemeRules> = {}): SchemeVersion => ({
  ...salesRules(overrides),
  schemeId: 'sales-quarterly',
  version: 1,
  effectiveFrom: '2027-01-01',
});

/** Period amounts with a collections target of 400,000 元 (and the others alike). */
export const amounts = (collectedMinor: number, overrides: Partial<PeriodAmounts> = {}): PeriodAmounts => ({
  signedMinor: collectedMinor,
  grossMarginMinor: 0,
  collectedMinor,
  targets: {
    sales: { realisticMinor: 40_000_000, stretchMinor: 50_000_000 },
    grossMargin: { realisticMinor: null, stretchMinor: null },
    collections: { realisticMinor: 40_000_000, stretchMinor: 50_000_000 },
  },
  ...overrides,
});
