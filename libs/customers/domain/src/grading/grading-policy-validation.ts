import { DomainError, formatMoney, isCurrencyCode } from '@sales/shared/domain';
import { type GradeThresholds, THRESHOLD_GRADES } from './grading-policy';

export const MAX_WINDOW_MONTHS = 36;

/** A policy as the VP proposes it, before it has a version. */
export type GradingPolicyTerms = Readonly<{
  windowMonths: number;
  thresholds: GradeThresholds;
  currency: string;
}>;

/**
 * Refuses a policy that could not grade: a window outside 1–36 months, an unknown currency, a
 * lower bound that is not a positive whole number of 分, or bounds that do not fall from A to C
 * (B ≥ A would leave no customer in A). Each refusal names the field.
 */
export function assertValidGradingPolicy(terms: GradingPolicyTerms): void {
  const { windowMonths, thresholds, currency } = terms;
  if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS)
    throw new DomainError('invalid-grading-window', { field: 'windowMonths', windowMonths });
  if (!isCurrencyCode(currency)) throw new DomainError('unknown-currency', { field: 'currency', currency });
  for (const grade of THRESHOLD_GRADES) {
    const value: unknown = thresholds?.[grade];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
      throw new DomainError('invalid-grade-threshold', { field: `thresholds.${grade}`, grade, value });
  }
  for (let i = 1; i < THRESHOLD_GRADES.length; i++) {
    const higherGrade = THRESHOLD_GRADES[i - 1];
    const grade = THRESHOLD_GRADES[i];
    if (thresholds[grade] >= thresholds[higherGrade])
      throw new DomainError('grade-thresholds-not-descending', {
        field: `thresholds.${grade}`,
        grade,
        higherGrade,
        thresholdMinor: thresholds[grade],
        higherThresholdMinor: thresholds[higherGrade],
        threshold: formatMoney(thresholds[grade], currency),
        higherThreshold: formatMoney(thresholds[higherGrade], currency),
      });
  }
}
