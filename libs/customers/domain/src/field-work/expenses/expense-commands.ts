import type { ExpenseCategory } from '@sales/customers/events';
import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { OrgView } from '../../org-view';

/**
 * 登记费用 (C5): the person records their own expense; `orgOnDate` is the tree as of the
 * expense's date (the division it is credited to).
 */
export type RecordExpense = Command<
  'RecordExpense',
  Readonly<{
    actor: Actor;
    today: BusinessDate;
    orgOnDate: OrgView;
    expenseId: string;
    personId: string;
    date: BusinessDate;
    category: ExpenseCategory;
    amountMinor: number;
    currency: string;
    customerId: string | null;
    receiptRef: string | null;
  }>
>;

/** A decision on an expense, by someone above the person in today's tree. */
type Decision = Readonly<{ actor: Actor; today: BusinessDate; org: OrgView; expenseId: string }>;

export type ApproveExpense = Command<'ApproveExpense', Decision>;

export type RejectExpense = Command<'RejectExpense', Decision & Readonly<{ reason: string }>>;

export type ExpenseCommand = RecordExpense | ApproveExpense | RejectExpense;
