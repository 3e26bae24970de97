import type { BusinessDate } from '@sales/shared/domain';
import type { GradeChangeCause, GradeChanged } from './customer-grade-events';
import type { CustomerGrade } from './customer-grade-state';
import { type GradingPolicy, gradeForTotal } from './grading-policy';
import { type GradingWindow, gradingWindow, isInWindow } from './grading-window';

/** The cash inflow of the window in the policy's currency: payments minus reversals dated in it. */
export function windowTotalMinor(state: CustomerGrade, window: GradingWindow, policy: GradingPolicy): number {
  return Object.values(state.inflows)
    .filter((inflow) => inflow.currency === policy.currency && isInWindow(inflow.receivedOn, window))
    .reduce((sum, inflow) => sum + inflow.amountMinor, 0);
}

/**
 * The grade of an active customer as of `asOf` under `policy`, as the change it makes: a
 * GradeChanged naming `cause` when it differs from the grade held, nothing when it does not.
 */
export function regrade(
  state: CustomerGrade,
  policy: GradingPolicy,
  asOf: BusinessDate,
  cause: GradeChangeCause,
): GradeChanged[] {
  if (state.customerId === null || state.activatedOn === null) return [];
  const window = gradingWindow(asOf, policy.windowMonths);
  const total = windowTotalMinor(state, window, policy);
  const grade = gradeForTotal(total, policy);
  if (grade === state.grade) return [];
  return [
    {
      type: 'GradeChanged',
      data: {
        customerId: state.customerId,
        previousGrade: state.grade,
        grade,
        windowTotalMinor: total,
        currency: policy.currency,
        windowStart: window.start,
        windowEnd: window.end,
        reason: cause,
        policyVersion: policy.version,
        changedOn: asOf,
      },
    },
  ];
}
