import type { ExpenseStatus } from '@sales/customers/events';
import type { ExpenseApproved, ExpenseEvent, ExpenseRecorded, ExpenseRejected } from './expense-events';

/** The decision on an expense, when it has one. */
export type ExpenseDecision =
  | Readonly<{ status: 'approved'; by: string; on: string; selfApproved: boolean; reason: null }>
  | Readonly<{ status: 'rejected'; by: string; on: string; selfApproved: false; reason: string }>;

export type Expense =
  | Readonly<{ status: 'none' }>
  | Readonly<{ status: ExpenseStatus; expense: ExpenseRecorded['data']; decision: ExpenseDecision | null }>;

export type RecordedExpense = Exclude<Expense, { status: 'none' }>;

export const initialExpense = (): Expense => ({ status: 'none' });

export function evolveExpense(state: Expense, event: ExpenseEvent): Expense {
  switch (event.type) {
    case 'ExpenseRecorded':
      return { status: 'submitted', expense: event.data, decision: null };
    case 'ExpenseApproved':
      return state.status === 'none' ? state : { ...state, status: 'approved', decision: approved(event) };
    case 'ExpenseRejected':
      return state.status === 'none' ? state : { ...state, status: 'rejected', decision: rejected(event) };
  }
}

const approved = ({ data }: ExpenseApproved): ExpenseDecision => ({
  status: 'approved',
  by: data.approvedBy,
  on: data.approvedOn,
  selfApproved: data.selfApproved,
  reason: null,
});

const rejected = ({ data }: ExpenseRejected): ExpenseDecision => ({
  status: 'rejected',
  by: data.rejectedBy,
  on: data.rejectedOn,
  selfApproved: false,
  reason: data.reason,
});
