import {
  type Aggregate,
  type BusinessDate,
  ConflictError,
  DomainError,
  assertNever,
  formatMoney,
} from '@sales/shared/domain';
import {
  assertBusinessDate,
  assertCurrency,
  assertCurrentPolicy,
  assertGradedCurrency,
  assertPositiveMinor,
  requireId,
} from './cash-inflow-validation';
import type {
  ActivateForGrading,
  CustomerGradeCommand,
  RecordPayment,
  RecordPaymentReversal,
} from './customer-grade-commands';
import type { CustomerGradeEvent, GradeChangeCause } from './customer-grade-events';
import { publishCustomerGradeEvent } from './customer-grade-publication';
import {
  type CustomerGrade,
  evolveCustomerGrade,
  initialCustomerGrade,
  unreversedMinor,
} from './customer-grade-state';
import { regrade } from './grade-evaluation';
import type { GradingPolicy } from './grading-policy';
import { laterDate } from './grading-window';

/**
 * 客户等级 (C2): one customer's grade by cash inflow. 未评级 until active; then the payments
 * received in the policy's trailing window, reversals counted negatively, against its thresholds
 * (D when there are none). Recomputed when money comes in or goes back, every day as the window
 * slides, and when the VP sets a new policy; each change records the previous and the new grade,
 * the window's total and why.
 */
export const customerGradeDecider: Aggregate<CustomerGrade, CustomerGradeCommand, CustomerGradeEvent> = {
  initialState: initialCustomerGrade,
  evolve: evolveCustomerGrade,
  decide,
  publish: publishCustomerGradeEvent,
};

function decide(command: CustomerGradeCommand, state: CustomerGrade): CustomerGradeEvent[] {
  switch (command.type) {
    case 'ActivateForGrading':
      return activate(command.data, state);
    case 'RecordPayment':
      return recordPayment(command.data, state);
    case 'RecordPaymentReversal':
      return recordReversal(command.data, state);
    case 'ReviewGrade':
      return review(command.data.policy, command.data.today, state);
    case 'ApplyPolicy':
      return applyPolicy(command.data.policy, command.data.today, state);
    default:
      return assertNever(command);
  }
}

/** A second contract changes nothing: the customer is already graded. */
function activate(data: ActivateForGrading['data'], state: CustomerGrade): CustomerGradeEvent[] {
  const { customerId, contractId, activatedOn, policy, today } = data;
  requireId('customerId', customerId);
  requireId('contractId', contractId);
  assertBusinessDate('activatedOn', activatedOn);
  if (state.activatedOn !== null) return [];
  assertCurrentPolicy(policy, state);
  const activated: CustomerGradeEvent = {
    type: 'CustomerActivatedForGrading',
    data: { customerId, contractId, activatedOn },
  };
  return withGrade(state, [activated], policy, today, { kind: 'activation', ref: contractId });
}

/**
 * Idempotent by payment id; a payment from a customer still 未评级 makes it active. The grade is
 * judged as of today: a payment dated before the window counts for nothing, one dated after today
 * counts from its date on (the daily review picks it up then).
 */
function recordPayment(data: RecordPayment['data'], state: CustomerGrade): CustomerGradeEvent[] {
  const { paymentId, customerId, amountMinor, currency, receivedOn, policy, today } = data;
  requireId('paymentId', paymentId);
  requireId('customerId', customerId);
  assertPositiveMinor('amountMinor', amountMinor);
  assertCurrency('currency', currency);
  assertBusinessDate('receivedOn', receivedOn);
  const known = state.inflows[paymentId];
  if (known) {
    const same =
      known.reversalOf === null &&
      known.amountMinor === amountMinor &&
      known.currency === currency &&
      known.receivedOn === receivedOn;
    if (same) return [];
    throw new ConflictError('payment-id-reused', { paymentId });
  }
  assertGradedCurrency(currency, policy);
  assertCurrentPolicy(policy, state);
  const events: CustomerGradeEvent[] = [];
  if (state.activatedOn === null)
    events.push({
      type: 'CustomerActivatedForGrading',
      data: { customerId, contractId: null, activatedOn: receivedOn },
    });
  events.push({
    type: 'PaymentRecorded',
    data: { customerId, paymentId, amountMinor, currency, receivedOn },
  });
  return withGrade(state, events, policy, today, { kind: 'payment', ref: paymentId });
}

/** Idempotent by the reversal's own payment id; never undoes more than the payment left. */
function recordReversal(data: RecordPaymentReversal['data'], state: CustomerGrade): CustomerGradeEvent[] {
  const { paymentId, reversalOf, amountMinor, receivedOn, policy, today } = data;
  requireId('paymentId', paymentId);
  requireId('reversalOf', reversalOf);
  assertPositiveMinor('amountMinor', amountMinor);
  assertBusinessDate('receivedOn', receivedOn);
  const known = state.inflows[paymentId];
  if (known) {
    const same =
      known.reversalOf === reversalOf &&
      known.amountMinor === -amountMinor &&
      known.receivedOn === receivedOn;
    if (same) return [];
    throw new ConflictError('payment-id-reused', { paymentId });
  }
  const original = state.inflows[reversalOf];
  if (!original || original.reversalOf !== null || state.customerId === null)
    throw new DomainError('reversal-of-unknown-payment', { field: 'reversalOf', reversalOf });
  const remainingMinor = unreversedMinor(state, reversalOf);
  if (amountMinor > remainingMinor)
    throw new DomainError('reversal-exceeds-payment', {
      field: 'amountMinor',
      reversalOf,
      amountMinor,
      remainingMinor,
      amount: formatMoney(amountMinor, original.currency),
      remaining: formatMoney(remainingMinor, original.currency),
    });
  assertCurrentPolicy(policy, state);
  const reversed: CustomerGradeEvent = {
    type: 'PaymentReversed',
    data: {
      customerId: state.customerId,
      paymentId,
      reversalOf,
      amountMinor,
      currency: original.currency,
      receivedOn,
    },
  };
  return withGrade(state, [reversed], policy, today, { kind: 'payment-reversal', ref: paymentId });
}

/**
 * The daily slide. Once a day is recorded, a review for it or an earlier one decides nothing: a
 * second replica's run, or one whose clock is still on yesterday. A newer policy not yet applied
 * to this customer (its re-grading was interrupted) is applied first, with the policy as reason.
 */
function review(policy: GradingPolicy, today: BusinessDate, state: CustomerGrade): CustomerGradeEvent[] {
  if (state.activatedOn === null) return [];
  if (policy.version > state.policyVersion) return applyPolicy(policy, today, state);
  if (policy.version < state.policyVersion) return [];
  if (state.reviewedThrough !== null && today <= state.reviewedThrough) return [];
  return regrade(state, policy, today, { kind: 'window-slide', ref: today });
}

/** Each version is applied once; an unchanged grade still records that it was. */
function applyPolicy(policy: GradingPolicy, today: BusinessDate, state: CustomerGrade): CustomerGradeEvent[] {
  if (state.customerId === null || state.activatedOn === null || policy.version <= state.policyVersion)
    return [];
  const asOf = laterDate(today, state.reviewedThrough);
  const changed = regrade(state, policy, asOf, { kind: 'policy', ref: String(policy.version) });
  if (changed.length > 0) return changed;
  return [
    {
      type: 'GradingPolicyApplied',
      data: { customerId: state.customerId, policyVersion: policy.version, appliedOn: asOf },
    },
  ];
}

/** `events`, then the grade change they cause as of today (never before a day already recorded). */
function withGrade(
  state: CustomerGrade,
  events: CustomerGradeEvent[],
  policy: GradingPolicy,
  today: BusinessDate,
  cause: GradeChangeCause,
): CustomerGradeEvent[] {
  const after = events.reduce(evolveCustomerGrade, state);
  return [...events, ...regrade(after, policy, laterDate(today, state.reviewedThrough), cause)];
}
