import type { GradeOrUngraded } from '@sales/customers/events';
import type { BusinessDate, CurrencyCode } from '@sales/shared/domain';
import type { CustomerGradeEvent } from './customer-grade-events';
import { laterDate } from './grading-window';

/** One line of the customer's cash inflow: a payment (positive) or a reversal (negative). */
export type CashInflow = Readonly<{
  paymentId: string;
  /** Signed: a reversal is the negative of what it undoes. */
  amountMinor: number;
  currency: CurrencyCode;
  receivedOn: BusinessDate;
  reversalOf: string | null;
}>;

export type CustomerGrade = Readonly<{
  customerId: string | null;
  grade: GradeOrUngraded;
  /** Set once the customer is active (a first contract or a payment): from then on it has a grade. */
  activatedOn: BusinessDate | null;
  /** Every payment and reversal by its payment id (redelivery is recognised by it). */
  inflows: Readonly<Record<string, CashInflow>>;
  /** The policy version the grade was last decided with (0: the built-in default). */
  policyVersion: number;
  /**
   * The latest day the grade was recorded as of: a review for that day or before decides nothing
   * (a second replica's run, or one whose clock is still on yesterday).
   */
  reviewedThrough: BusinessDate | null;
}>;

export const initialCustomerGrade = (): CustomerGrade => ({
  customerId: null,
  grade: 'ungraded',
  activatedOn: null,
  inflows: {},
  policyVersion: 0,
  reviewedThrough: null,
});

export function evolveCustomerGrade(state: CustomerGrade, event: CustomerGradeEvent): CustomerGrade {
  switch (event.type) {
    case 'CustomerActivatedForGrading':
      return { ...state, customerId: event.data.customerId, activatedOn: event.data.activatedOn };
    case 'PaymentRecorded': {
      const { customerId, paymentId, amountMinor, currency, receivedOn } = event.data;
      const inflow = { paymentId, amountMinor, currency, receivedOn, reversalOf: null };
      return { ...state, customerId, inflows: { ...state.inflows, [paymentId]: inflow } };
    }
    case 'PaymentReversed': {
      const { paymentId, reversalOf, amountMinor, currency, receivedOn } = event.data;
      const inflow = { paymentId, amountMinor: -amountMinor, currency, receivedOn, reversalOf };
      return { ...state, inflows: { ...state.inflows, [paymentId]: inflow } };
    }
    case 'GradeChanged':
      return {
        ...state,
        grade: event.data.grade,
        policyVersion: event.data.policyVersion,
        reviewedThrough: laterDate(event.data.changedOn, state.reviewedThrough),
      };
    case 'GradingPolicyApplied':
      return {
        ...state,
        policyVersion: event.data.policyVersion,
        reviewedThrough: laterDate(event.data.appliedOn, state.reviewedThrough),
      };
  }
}

/** What is left of a payment after the reversals recorded against it. */
export function unreversedMinor(state: CustomerGrade, paymentId: string): number {
  return Object.values(state.inflows)
    .filter((inflow) => inflow.paymentId === paymentId || inflow.reversalOf === paymentId)
    .reduce((sum, inflow) => sum + inflow.amountMinor, 0);
}
