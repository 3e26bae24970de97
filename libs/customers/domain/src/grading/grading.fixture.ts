import type { Grade, GradeOrUngraded } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
import type { CustomerGradeCommand } from './customer-grade-commands';
import type {
  CustomerActivatedForGrading,
  GradeChangeCause,
  GradeChanged,
  PaymentRecorded,
  PaymentReversed,
} from './customer-grade-events';
import { DEFAULT_GRADING_POLICY, type GradingPolicy } from './grading-policy';
import { gradingWindow } from './grading-window';

/* Event factories and commands for grading's specs: customer c-1, yuan written as 元 × 100. */

export const CUSTOMER = 'c-1';
export const yuan = (amount: number) => amount * 100;
export const policyV0 = DEFAULT_GRADING_POLICY;
export const policyV = (version: number, over: Partial<GradingPolicy> = {}): GradingPolicy => ({
  ...DEFAULT_GRADING_POLICY,
  version,
  effectiveOn: '2026-06-01',
  ...over,
});

export const activated = (activatedOn = '2026-01-05', contractId: string | null = 'k-1') =>
  ({
    type: 'CustomerActivatedForGrading',
    data: { customerId: CUSTOMER, contractId, activatedOn },
  }) satisfies CustomerActivatedForGrading;

export const paid = (paymentId: string, amountMinor: number, receivedOn: BusinessDate, currency = 'CNY') =>
  ({
    type: 'PaymentRecorded',
    data: { customerId: CUSTOMER, paymentId, amountMinor, currency, receivedOn },
  }) satisfies PaymentRecorded;

export const reversed = (
  paymentId: string,
  reversalOf: string,
  amountMinor: number,
  receivedOn: BusinessDate,
) =>
  ({
    type: 'PaymentReversed',
    data: { customerId: CUSTOMER, paymentId, reversalOf, amountMinor, currency: 'CNY', receivedOn },
  }) satisfies PaymentReversed;

/** A grade change as of `on`, over the policy's window ending that day. */
export const gradeChanged = (
  previousGrade: GradeOrUngraded,
  grade: Grade,
  windowTotalMinor: number,
  on: BusinessDate,
  reason: GradeChangeCause,
  policy: GradingPolicy = policyV0,
): GradeChanged => {
  const window = gradingWindow(on, policy.windowMonths);
  return {
    type: 'GradeChanged',
    data: {
      customerId: CUSTOMER,
      previousGrade,
      grade,
      windowTotalMinor,
      currency: policy.currency,
      windowStart: window.start,
      windowEnd: window.end,
      reason,
      policyVersion: policy.version,
      changedOn: on,
    },
  };
};

export const activate = (
  today: BusinessDate,
  contractId = 'k-1',
  policy = policyV0,
): CustomerGradeCommand => ({
  type: 'ActivateForGrading',
  data: { customerId: CUSTOMER, contractId, activatedOn: today, policy, today },
});

export const pay = (
  paymentId: string,
  amountMinor: number,
  receivedOn: BusinessDate,
  today: BusinessDate = receivedOn,
  over: { currency?: string; policy?: GradingPolicy } = {},
): CustomerGradeCommand => ({
  type: 'RecordPayment',
  data: {
    paymentId,
    customerId: CUSTOMER,
    amountMinor,
    currency: over.currency ?? 'CNY',
    receivedOn,
    policy: over.policy ?? policyV0,
    today,
  },
});

export const reverse = (
  paymentId: string,
  reversalOf: string,
  amountMinor: number,
  receivedOn: BusinessDate,
  today: BusinessDate = receivedOn,
): CustomerGradeCommand => ({
  type: 'RecordPaymentReversal',
  data: { paymentId, reversalOf, amountMinor, receivedOn, policy: policyV0, today },
});

export const review = (today: BusinessDate, policy = policyV0): CustomerGradeCommand => ({
  type: 'ReviewGrade',
  data: { today, policy },
});

export const applyPolicy = (policy: GradingPolicy, today: BusinessDate): CustomerGradeCommand => ({
  type: 'ApplyPolicy',
  data: { policy, today },
});
