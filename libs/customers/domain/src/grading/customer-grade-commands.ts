import type { BusinessDate, Command } from '@sales/shared/domain';
import type { GradingPolicy } from './grading-policy';

/** One customer's grade and the payments it is computed from. */
export const customerGradeStreamId = (customerId: string) => `customer-grade-${customerId}`;
export const CUSTOMER_GRADE_STREAM_PREFIX = 'customer-grade-';

/**
 * What every grading command is decided against besides the stream: the policy in force and
 * today's business date (the window ends today).
 */
type Circumstances = Readonly<{ policy: GradingPolicy; today: BusinessDate }>;

/** The customer's first contract was signed: it leaves 未评级 and gets a grade. */
export type ActivateForGrading = Command<
  'ActivateForGrading',
  Circumstances & Readonly<{ customerId: string; contractId: string; activatedOn: BusinessDate }>
>;

/** Contracts received a payment (idempotent by payment id). */
export type RecordPayment = Command<
  'RecordPayment',
  Circumstances &
    Readonly<{
      paymentId: string;
      customerId: string;
      amountMinor: number;
      currency: string;
      receivedOn: BusinessDate;
    }>
>;

/** Contracts reversed (part of) a payment (idempotent by the reversal's own payment id). */
export type RecordPaymentReversal = Command<
  'RecordPaymentReversal',
  Circumstances &
    Readonly<{ paymentId: string; reversalOf: string; amountMinor: number; receivedOn: BusinessDate }>
>;

/** The daily review: the window now ends today, so older payments may have left it. */
export type ReviewGrade = Command<'ReviewGrade', Circumstances>;

/** The VP set a new policy version: re-grade with it. */
export type ApplyPolicy = Command<'ApplyPolicy', Circumstances>;

export type CustomerGradeCommand =
  | ActivateForGrading
  | RecordPayment
  | RecordPaymentReversal
  | ReviewGrade
  | ApplyPolicy;
