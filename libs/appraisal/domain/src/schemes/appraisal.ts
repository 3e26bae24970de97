import type { CurrencyCode } from '@sales/shared/domain';
import type { CommissionBasis, CommissionMode, LadderStep } from './scheme-version';

/** One target level's figures in 分 (null: no approved target for the subject and period). */
export type TargetLevels = Readonly<{ realisticMinor: number | null; stretchMinor: number | null }>;

/** A subject's period amounts in 分, as in `kpi.KpiPeriodClosed.v1` subjects[].amounts. */
export type PeriodAmounts = Readonly<{
  signedMinor: number;
  grossMarginMinor: number;
  collectedMinor: number;
  targets: Readonly<{ sales: TargetLevels; grossMargin: TargetLevels; collections: TargetLevels }>;
}>;

/** What `appraise` scores: one subject's frozen figures for a period plus the manager's evaluation. */
export type AppraisalInput = Readonly<{
  subjectKind: 'person' | 'division';
  /** figureId → value as in KpiPeriodClosed (exact decimal text, money in 分, null when not computable). */
  figures: Readonly<Record<string, string | null>>;
  amounts: PeriodAmounts;
  /** 0–100 (at most 2 decimals), from the manager's qualitative evaluation (定性评价). */
  qualitativeScore: number;
  /** Consecutive misses before this period, from the subject's earlier published results. */
  previousConsecutiveMisses: number;
}>;

/** One KPI's line: its value, points on the curve, weight and weighted contribution, and how. */
export type KpiLine = Readonly<{
  figureId: string;
  value: string | null;
  /** Points on the curve, rounded half-up to 2 places ("83.33"); may exceed 100 up to a linear cap. */
  points: string;
  weightPercent: number;
  /** points × weight ÷ 100, exact (up to 4 places, "33.3320"). */
  weighted: string;
  /** zh-CN: how the points came about, e.g. 「(0.9 − 0.6) ÷ (1 − 0.6) × 100 = 75.00」. */
  how: string;
}>;

export type PayoutLineKind = 'tier' | 'accelerator' | 'cap' | 'penalty';

/** One line of a payout's calculation: an amount in 分 (signed: a cap or penalty is negative) and its text in 元. */
export type PayoutLine = Readonly<{
  kind: PayoutLineKind;
  amountMinor: number;
  /** formatMoney(amountMinor, currency), e.g. 「1,500.00 元」. */
  display: string;
  /** zh-CN: the calculation, e.g. 「100,000.00 元 × 3% = 3,000.00 元」. */
  how: string;
}>;

/**
 * A payout (提成/奖励) calculated line by line: tier slices, then the accelerator, the cap and the
 * ladder's penalty. Each line is rounded half-up to the fen (分); the total is the sum of its lines.
 */
export type Payout = Readonly<{
  amountMinor: number;
  display: string;
  currency: CurrencyCode;
  basis: CommissionBasis;
  mode: CommissionMode;
  basisAmountMinor: number;
  /** The basis's realistic target in 分 (null: none, so no accelerator applies). */
  targetMinor: number | null;
  /** basis ÷ target in percent, cut to 2 places ("99.99" for 99.999%: never a bound it missed); null without a target. */
  attainmentPercent: string | null;
  multiplier: string;
  lines: readonly PayoutLine[];
}>;

/** What `appraise` answers for one subject. */
export type Appraisal = Readonly<{
  /** Exact decimal, 2 places, half-up ("87.50"): Σ weight × KPI points ÷ 100 + qualitative weight × score ÷ 100. */
  score: string;
  grade: string;
  missed: boolean;
  consecutiveMisses: number;
  ladderStep: LadderStep;
  /** The ladder step's text from the scheme (null for 'none'). */
  ladderText: string | null;
  kpiLines: readonly KpiLine[];
  /** The qualitative part's line: score × weight ÷ 100. */
  qualitative: Readonly<{ score: string; weightPercent: number; weighted: string }>;
  payout: Payout;
}>;
