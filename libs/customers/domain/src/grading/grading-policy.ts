import type { Grade } from '@sales/customers/events';
import type { BusinessDate, CurrencyCode } from '@sales/shared/domain';

/** The grades with a lower bound; D is everything below C. */
export const THRESHOLD_GRADES = ['A', 'B', 'C'] as const;
export type ThresholdGrade = (typeof THRESHOLD_GRADES)[number];

/** Lower bounds of the window's cash inflow per grade, in minor units (分) of the policy's currency. */
export type GradeThresholds = Readonly<Record<ThresholdGrade, number>>;

/** 评级政策 (C2), one version of it: set by the VP, applied to every active customer. */
export type GradingPolicy = Readonly<{
  /** 1, 2, …; 0 is the built-in default, in force until the VP sets one. */
  version: number;
  /** The trailing window, in months (1–36). */
  windowMonths: number;
  thresholds: GradeThresholds;
  currency: CurrencyCode;
  /** The date it applies from; null for the built-in default. */
  effectiveOn: BusinessDate | null;
}>;

/** A ≥ 1,000,000 元, B ≥ 300,000 元, C ≥ 50,000 元, D below, over 12 months (DOMAIN.md C2). */
export const DEFAULT_GRADING_POLICY: GradingPolicy = {
  version: 0,
  windowMonths: 12,
  thresholds: { A: 100_000_000, B: 30_000_000, C: 5_000_000 },
  currency: 'CNY',
  effectiveOn: null,
};

/** The grade of a window total: the first grade whose lower bound it reaches, else D. */
export function gradeForTotal(totalMinor: number, policy: GradingPolicy): Grade {
  return THRESHOLD_GRADES.find((grade) => totalMinor >= policy.thresholds[grade]) ?? 'D';
}
