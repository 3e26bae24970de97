import {
  type BusinessDate,
  ConflictError,
  DomainError,
  ForbiddenError,
  type Role,
  isBusinessDate,
} from '@sales/shared/domain';
import type { ContractView } from '../signing/contract-terms';
import type { ReceivablesPerson } from './receivable-commands';
import type { ReceivableParty } from './receivable-events';

/** 财务 records invoices, payments and reversals, and sets credit limits. */
export const RECEIVABLES_RECORDERS: readonly Role[] = ['finance'];

export function assertFinance(by: ReceivablesPerson): void {
  if (!by.role || !RECEIVABLES_RECORDERS.includes(by.role))
    throw new ForbiddenError('receivables-finance-only', { role: by.role });
}

/** Money is a positive whole number of 分: a float (or 0) is bad input naming the field. */
export function assertPositiveFen(field: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
    throw new DomainError('amount-not-positive-fen', { field, value: String(value) });
}

export function assertDate(field: string, value: unknown): asserts value is BusinessDate {
  if (!isBusinessDate(value)) throw new DomainError('receivables-date-invalid', { field });
}

/** A business fact dated after today has not happened yet. */
export function assertNotFuture(field: string, date: BusinessDate, today: BusinessDate): void {
  if (date > today) throw new DomainError('receivables-date-in-future', { field, date, today });
}

/** Amounts are in the contract's currency; a request may name it, but not another one. */
export function assertContractCurrency(contract: ContractView, currency: string | undefined): void {
  if (currency !== undefined && currency !== contract.terms.currency)
    throw new DomainError('currency-not-contracts', {
      field: 'currency',
      currency,
      contractCurrency: contract.terms.currency,
    });
}

export function assertReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new DomainError('receivables-reason-required', { field: 'reason' });
  return trimmed;
}

export function assertOpen(contract: ContractView): void {
  if (contract.status === 'terminated')
    throw new ConflictError('contract-terminated-no-invoice', {
      contractId: contract.terms.contractId,
      terminatedOn: contract.terminatedOn,
    });
}

export function partyOf(contract: ContractView): ReceivableParty {
  return {
    contractId: contract.terms.contractId,
    customerId: contract.terms.customerId,
    ownerId: contract.ownerId,
    divisionId: contract.divisionId,
    currency: contract.terms.currency,
  };
}
