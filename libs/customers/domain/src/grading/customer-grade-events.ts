import type { Grade, GradeChangeReason, GradeOrUngraded } from '@sales/customers/events';
import type { BusinessDate, CurrencyCode, DomainEvent } from '@sales/shared/domain';

/*
 * The customer grade's internal events (stream `customer-grade-<customerId>`). Payments are kept
 * here as grading needs them (amount, currency, date of receipt); only grade changes are published.
 */

/** 潜在 → 成交 as grading learns it: a first contract, or a payment (which implies one). */
export type CustomerActivatedForGrading = DomainEvent<
  'CustomerActivatedForGrading',
  Readonly<{ customerId: string; contractId: string | null; activatedOn: BusinessDate }>
>;

/** 回款: money received from the customer on `receivedOn`. */
export type PaymentRecorded = DomainEvent<
  'PaymentRecorded',
  Readonly<{
    customerId: string;
    paymentId: string;
    amountMinor: number;
    currency: CurrencyCode;
    receivedOn: BusinessDate;
  }>
>;

/** 回款冲销: (part of) a recorded payment undone; counts negatively on its own date. */
export type PaymentReversed = DomainEvent<
  'PaymentReversed',
  Readonly<{
    customerId: string;
    paymentId: string;
    reversalOf: string;
    amountMinor: number;
    currency: CurrencyCode;
    receivedOn: BusinessDate;
  }>
>;

/** Why a grade changed, and what it refers to (contract id, payment id, review date, policy version). */
export type GradeChangeCause = Readonly<{ kind: GradeChangeReason; ref: string }>;

export type GradeChanged = DomainEvent<
  'GradeChanged',
  Readonly<{
    customerId: string;
    previousGrade: GradeOrUngraded;
    grade: Grade;
    windowTotalMinor: number;
    currency: CurrencyCode;
    windowStart: BusinessDate;
    windowEnd: BusinessDate;
    reason: GradeChangeCause;
    policyVersion: number;
    changedOn: BusinessDate;
  }>
>;

/**
 * A new policy version was applied and left the grade as it was: recorded so later changes are
 * not put down to the policy, and so the re-grading is not repeated.
 */
export type GradingPolicyApplied = DomainEvent<
  'GradingPolicyApplied',
  Readonly<{ customerId: string; policyVersion: number; appliedOn: BusinessDate }>
>;

export type CustomerGradeEvent =
  | CustomerActivatedForGrading
  | PaymentRecorded
  | PaymentReversed
  | GradeChanged
  | GradingPolicyApplied;
