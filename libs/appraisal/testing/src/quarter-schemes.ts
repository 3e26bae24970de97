import type { HandScheme } from './appraisal-by-hand';

const GRADES = [
  { grade: 'A', minScore: 90 },
  { grade: 'B', minScore: 75 },
  { grade: 'C', minScore: 60 },
  { grade: 'D', minScore: 0 },
];

const LADDER = {
  help: { text: '制定改进计划，事业部经理陪同拜访' },
  penalty: { text: '扣减当期提成 2,000.00 元', amountMinor: 200_000 },
  eliminationWarning: { text: '淘汰预警：提交业务副总决定' },
};

/**
 * 业务人员季度考核办法, as the VP sets it (`PUT /appraisal/schemes/sales-q`): sales attainment
 * 40% (linear 50% → 0, 100% → 100 points, on up to 120% → 140), collection rate 20% (50% → 0,
 * 100% → 100), visits per working day 10% (bands: 0.15 → 60, 0.30 → 100), the manager's
 * qualitative part 30%; commission on collections 超额累进 (1% to 500,000 元, 2% above), ×1.5 from
 * 100% of the collections target and ×2 from 120%, capped at 30,000 元.
 */
export const SALES_QUARTER_SCHEME = {
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    {
      figureId: 'P1.realistic',
      weightPercent: 40,
      curve: { kind: 'linear', floor: '0.5', target: '1', cap: '1.2' },
    },
    { figureId: 'P3', weightPercent: 20, curve: { kind: 'linear', floor: '0.5', target: '1' } },
    {
      figureId: 'P4',
      weightPercent: 10,
      curve: {
        kind: 'bands',
        bands: [
          { from: '0', points: 0 },
          { from: '0.15', points: 60 },
          { from: '0.3', points: 100 },
        ],
      },
    },
  ],
  qualitativeWeightPercent: 30,
  gradeBands: GRADES,
  miss: { kind: 'grades', grades: ['D'] },
  ladder: LADDER,
  commission: {
    basis: 'collections',
    mode: 'excess',
    currency: 'CNY',
    tiers: [
      { fromMinor: 0, ratePercent: 1 },
      { fromMinor: 50_000_000, ratePercent: 2 },
    ],
    accelerators: [
      { fromAttainment: 0, multiplier: 1 },
      { fromAttainment: 100, multiplier: 1.5 },
      { fromAttainment: 120, multiplier: 2 },
    ],
    capMinor: 3_000_000,
  },
} as const;

/**
 * 事业部经理季度考核办法 (`PUT /appraisal/schemes/managers-q`): the division's sales attainment
 * 50% and collection rate 20%, the VP's qualitative part 30%; commission on the division's signed
 * amount 全额累进 (0.2% below 2,000,000 元, 0.3% from it), no accelerator beyond 1×, no cap.
 */
export const MANAGERS_QUARTER_SCHEME = {
  name: '事业部经理季度考核办法',
  appliesTo: 'division_manager',
  kpis: [
    { figureId: 'P1.realistic', weightPercent: 50, curve: { kind: 'linear', floor: '0.6', target: '1' } },
    { figureId: 'P3', weightPercent: 20, curve: { kind: 'linear', floor: '0.5', target: '1' } },
  ],
  qualitativeWeightPercent: 30,
  gradeBands: GRADES,
  miss: { kind: 'grades', grades: ['D'] },
  ladder: LADDER,
  commission: {
    basis: 'signed',
    mode: 'full',
    currency: 'CNY',
    tiers: [
      { fromMinor: 0, ratePercent: 0.2 },
      { fromMinor: 200_000_000, ratePercent: 0.3 },
    ],
    accelerators: [],
  },
} as const;

/** The same rules as `appraiseByHand` reads them. */
export function handSchemeOf(
  scheme: typeof SALES_QUARTER_SCHEME | typeof MANAGERS_QUARTER_SCHEME,
): HandScheme {
  return {
    kpis: scheme.kpis,
    qualitativeWeightPercent: scheme.qualitativeWeightPercent,
    gradeBands: scheme.gradeBands,
    missGrades: scheme.miss.grades,
    commission: {
      mode: scheme.commission.mode,
      tiers: scheme.commission.tiers,
      accelerators: scheme.commission.accelerators,
      ...('capMinor' in scheme.commission ? { capMinor: scheme.commission.capMinor } : {}),
    },
    penaltyMinor: scheme.ladder.penalty.amountMinor,
  };
}
