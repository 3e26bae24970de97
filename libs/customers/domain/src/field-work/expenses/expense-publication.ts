import { customersPublishedEvent } from '@sales/customers/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { ExpenseEvent, ExpenseRecorded } from './expense-events';
import type { Expense } from './expense-state';

/**
 * What subscribers see of an expense: who, the division on its date, the date, category and amount
 * (KPI P7: expenses against the budget count the approved ones). The receipt reference and a
 * rejection's reason stay internal.
 */
export function publishExpenseEvent(event: ExpenseEvent, after: Expense): readonly PublishedEvent[] {
  if (after.status === 'none') return [];
  const facts = factsOf(after.expense);
  switch (event.type) {
    case 'ExpenseRecorded':
      return [customersPublishedEvent('ExpenseRecorded', facts)];
    case 'ExpenseApproved': {
      const { approvedBy, approvedOn, selfApproved } = event.data;
      return [customersPublishedEvent('ExpenseApproved', { ...facts, approvedBy, approvedOn, selfApproved })];
    }
    case 'ExpenseRejected': {
      const { expenseId, personId, divisionId, businessDate } = facts;
      const { rejectedBy, rejectedOn } = event.data;
      return [
        customersPublishedEvent('ExpenseRejected', {
          expenseId,
          personId,
          divisionId,
          businessDate,
          rejectedBy,
          rejectedOn,
        }),
      ];
    }
  }
}

function factsOf(expense: ExpenseRecorded['data']) {
  const { expenseId, personId, divisionId, date, category, amountMinor, currency, customerId } = expense;
  return { expenseId, personId, divisionId, businessDate: date, category, amountMinor, currency, customerId };
}
