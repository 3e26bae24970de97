import { EXPENSE_CATEGORIES } from '@sales/customers/events';
import { DomainError, ForbiddenError, isBusinessDate, isCurrencyCode } from '@sales/shared/domain';
import type { RecordExpense } from './expense-commands';

export const MAX_RECEIPT_REF = 100;

/**
 * What makes an expense recordable (C5): the person's own, on a real date that has come, in a
 * known category, a whole positive amount of minor units (never a float: 12.5 元 is 1250 分) in an
 * ISO 4217 currency, by someone in the tree on that date. Each refusal names the field. Returns
 * the person's division on that date.
 */
export function assertRecordableExpense(data: RecordExpense['data']): string | null {
  const { actor, personId, date, today, category, amountMinor, currency, receiptRef, orgOnDate } = data;
  if (personId !== actor.userId)
    throw new ForbiddenError('expense-for-someone-else', { personId, userId: actor.userId });
  if (!isBusinessDate(date)) throw new DomainError('invalid-business-date', { field: 'date', value: date });
  if (date > today) throw new DomainError('expense-in-the-future', { field: 'date', date, today });
  if (!EXPENSE_CATEGORIES.includes(category))
    throw new DomainError('invalid-expense-category', { field: 'category', category });
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    throw new DomainError('invalid-expense-amount', { field: 'amountMinor', value: amountMinor });
  if (!isCurrencyCode(currency)) throw new DomainError('unknown-currency', { field: 'currency', currency });
  if (receiptRef !== null && receiptRef.length > MAX_RECEIPT_REF)
    throw new DomainError('field-too-long', { field: 'receiptRef', max: MAX_RECEIPT_REF });
  const person = orgOnDate.people.find((p) => p.id === personId);
  if (!person) throw new DomainError('not-in-org-on-date', { field: 'date', personId, date });
  return person.divisionId;
}
