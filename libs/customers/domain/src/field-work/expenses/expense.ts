import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
  formatMoney,
} from '@sales/shared/domain';
import { expenseApproval } from './expense-approver';
import type { ApproveExpense, ExpenseCommand, RecordExpense, RejectExpense } from './expense-commands';
import type { ExpenseEvent } from './expense-events';
import { publishExpenseEvent } from './expense-publication';
import { type Expense, type RecordedExpense, evolveExpense, initialExpense } from './expense-state';
import { assertRecordableExpense } from './expense-validation';

export const MAX_REJECT_REASON = 500;

/** 费用 (C5): recorded by the person, then approved or rejected (with a reason) by someone above them. */
export const expenseDecider: Aggregate<Expense, ExpenseCommand, ExpenseEvent> = {
  initialState: initialExpense,
  evolve: evolveExpense,
  decide,
  publish: publishExpenseEvent,
};

function decide(command: ExpenseCommand, expense: Expense): ExpenseEvent[] {
  switch (command.type) {
    case 'RecordExpense':
      return record(command.data, expense);
    case 'ApproveExpense':
      return approve(command.data, requireExpense(expense, command.data.expenseId));
    case 'RejectExpense':
      return reject(command.data, requireExpense(expense, command.data.expenseId));
    default:
      return assertNever(command);
  }
}

function record(data: RecordExpense['data'], expense: Expense): ExpenseEvent[] {
  // A retried request with the same id: recorded already.
  if (expense.status !== 'none') return [];
  const divisionId = assertRecordableExpense(data);
  const { expenseId, personId, date, category, amountMinor, currency, customerId, receiptRef } = data;
  return [
    {
      type: 'ExpenseRecorded',
      data: {
        expenseId,
        personId,
        divisionId,
        date,
        category,
        amountMinor,
        currency,
        customerId,
        receiptRef: receiptRef?.trim() || null,
      },
    },
  ];
}

function approve(data: ApproveExpense['data'], expense: RecordedExpense): ExpenseEvent[] {
  const approval = assertMayDecide(data, expense);
  if (expense.status === 'approved') return [];
  assertUndecided(expense);
  return [
    {
      type: 'ExpenseApproved',
      data: {
        expenseId: data.expenseId,
        approvedBy: data.actor.userId,
        approvedOn: data.today,
        selfApproved: approval.selfApproved,
      },
    },
  ];
}

function reject(data: RejectExpense['data'], expense: RecordedExpense): ExpenseEvent[] {
  assertMayDecide(data, expense);
  const reason = data.reason.trim();
  if (!reason) throw new DomainError('expense-reject-needs-reason', { field: 'reason' });
  if (reason.length > MAX_REJECT_REASON)
    throw new DomainError('field-too-long', { field: 'reason', max: MAX_REJECT_REASON });
  if (expense.status === 'rejected' && expense.decision?.reason === reason) return [];
  assertUndecided(expense);
  return [
    {
      type: 'ExpenseRejected',
      data: { expenseId: data.expenseId, rejectedBy: data.actor.userId, rejectedOn: data.today, reason },
    },
  ];
}

function assertMayDecide(data: ApproveExpense['data'], expense: RecordedExpense) {
  const { personId } = expense.expense;
  const approval = expenseApproval(data.org, personId, data.actor);
  if (!approval) {
    throw new ForbiddenError('expense-decider-not-above', {
      ...describe(expense),
      userId: data.actor.userId,
    });
  }
  return approval;
}

/** Decided once: approving a rejected expense (or the reverse) is a conflict, not a change of mind. */
function assertUndecided(expense: RecordedExpense): void {
  if (expense.status !== 'submitted')
    throw new ConflictError('expense-already-decided', {
      ...describe(expense),
      expenseStatus: expense.status,
      decidedBy: expense.decision?.by ?? null,
    });
}

/** What a refusal says about the expense: whose, when, what for and how much (in 元). */
function describe({ expense }: RecordedExpense) {
  const { expenseId, personId, date, category, amountMinor, currency } = expense;
  return { expenseId, personId, date, category, amount: formatMoney(amountMinor, currency) };
}

function requireExpense(expense: Expense, expenseId: string): RecordedExpense {
  if (expense.status === 'none') throw new NotFoundError('unknown-expense', { expenseId });
  return expense;
}
