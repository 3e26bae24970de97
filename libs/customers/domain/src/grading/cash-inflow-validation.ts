import { ConflictError, DomainError, isBusinessDate, isCurrencyCode } from '@sales/shared/domain';
import type { CustomerGrade } from './customer-grade-state';
import type { GradingPolicy } from './grading-policy';

/*
 * What a payment or a reversal must be before grading counts it. They come from contracts'
 * events, so a refusal here is a bug or a bad message upstream: it goes to the dead-letter topic
 * with its code rather than into a grade.
 */

export function requireId(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError('field-required', { field });
}

/** Money is integer 分, never a float; a payment or a reversal is more than nothing. */
export function assertPositiveMinor(field: string, amountMinor: unknown): asserts amountMinor is number {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    throw new DomainError('invalid-payment-amount', { field, amountMinor });
}

export function assertBusinessDate(field: string, value: unknown): asserts value is string {
  if (!isBusinessDate(value)) throw new DomainError('invalid-business-date', { field, value });
}

export function assertCurrency(field: string, currency: unknown): asserts currency is string {
  if (!isCurrencyCode(currency)) throw new DomainError('unknown-currency', { field, currency });
}

/**
 * Grades are compared in one currency, without exchange rates: a payment in another currency
 * than the policy's is refused rather than counted at a guessed rate.
 */
export function assertGradedCurrency(currency: string, policy: GradingPolicy): void {
  if (currency !== policy.currency)
    throw new DomainError('payment-currency-not-graded', {
      field: 'currency',
      currency,
      gradingCurrency: policy.currency,
    });
}

/**
 * The grade was last decided with a newer policy than the one given (read before another replica
 * set a new version): deciding with the old one would undo it. The caller reads again and retries.
 */
export function assertCurrentPolicy(policy: GradingPolicy, state: CustomerGrade): void {
  if (policy.version < state.policyVersion)
    throw new ConflictError('grading-policy-changed', {
      policyVersion: policy.version,
      currentPolicyVersion: state.policyVersion,
    });
}
