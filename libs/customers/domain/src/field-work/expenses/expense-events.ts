import type { ExpenseCategory } from '@sales/customers/events';
import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

export const EXPENSE_STREAM_PREFIX = 'expense-';

/** One stream per expense: it is recorded once and decided once, by one manager. */
export const expenseStreamId = (expenseId: string) => `${EXPENSE_STREAM_PREFIX}${expenseId}`;

/** 费用 (C5): a person's expense on a business date, credited to their division on that date. */
export type ExpenseRecorded = DomainEvent<
  'ExpenseRecorded',
  Readonly<{
    expenseId: string;
    personId: string;
    divisionId: string | null;
    date: BusinessDate;
    category: ExpenseCategory;
    /** Minor units (分 for CNY) of `currency`, above 0. */
    amountMinor: number;
    currency: string;
    customerId: string | null;
    /** 票据号: the receipt's or invoice's reference, when there is one. */
    receiptRef: string | null;
  }>
>;

export type ExpenseApproved = DomainEvent<
  'ExpenseApproved',
  Readonly<{ expenseId: string; approvedBy: string; approvedOn: BusinessDate; selfApproved: boolean }>
>;

export type ExpenseRejected = DomainEvent<
  'ExpenseRejected',
  Readonly<{ expenseId: string; rejectedBy: string; rejectedOn: BusinessDate; reason: string }>
>;

export type ExpenseEvent = ExpenseRecorded | ExpenseApproved | ExpenseRejected;
