/**
 * The demo department's appraisal (A1–A3): the VP's quarterly scheme for salespeople, the
 * managers' qualitative scores from their sales meeting, and a meeting of 华东事业部 with its
 * decided actions — the last completed quarter of the demo year, appraised from the KPI figures
 * the demo's contracts, payments and visits produce.
 */
export const DEMO_SCHEME_ID = 'sales-quarterly';

/** 业务人员季度考核办法, as the VP sets it (the rules of `PUT /appraisal/schemes/:id`). */
export const DEMO_SALES_SCHEME = {
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    {
      figureId: 'P1.realistic',
      weightPercent: 40,
      curve: { kind: 'linear', floor: '0.5', target: '1', cap: '1.2' },
    },
    {
      figureId: 'P7.collections.realistic',
      weightPercent: 20,
      curve: { kind: 'linear', floor: '0.5', target: '1' },
    },
    {
      figureId: 'P4',
      weightPercent: 10,
      curve: {
        kind: 'bands',
        bands: [
          { from: '0', points: 0 },
          { from: '1', points: 60 },
          { from: '2', points: 100 },
        ],
      },
    },
  ],
  qualitativeWeightPercent: 30,
  gradeBands: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 75 },
    { grade: 'C', minScore: 60 },
    { grade: 'D', minScore: 0 },
  ],
  miss: { kind: 'grades', grades: ['D'] },
  ladder: {
    help: { text: '制定改进计划，事业部经理每周陪同拜访一次' },
    penalty: { text: '扣减当季提成 2,000.00 元', amountMinor: 200_000 },
    eliminationWarning: { text: '淘汰预警：提交业务副总决定去留' },
  },
  commission: {
    basis: 'collections',
    mode: 'excess',
    currency: 'CNY',
    tiers: [
      { fromMinor: 0, ratePercent: 1 },
      { fromMinor: 50_000_000, ratePercent: 1.5 },
      { fromMinor: 100_000_000, ratePercent: 2 },
    ],
    accelerators: [
      { fromAttainment: 0, multiplier: 1 },
      { fromAttainment: 100, multiplier: 1.5 },
      { fromAttainment: 120, multiplier: 2 },
    ],
    capMinor: 5_000_000,
  },
} as const;

/** A manager's qualitative score (定性评价) for the nth salesperson of a division: varied, repeatable. */
export function demoQualitativeScore(nth: number): number {
  return [88, 76, 82, 65, 71, 58, 79][nth % 7];
}

export const DEMO_MEETING_CAUSE = '大客户回款周期拉长，新客户开发不足';
export const DEMO_MEETING_MEASURE = '每周复盘重点客户回款计划，经理陪同拜访潜在客户';
