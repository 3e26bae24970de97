import type { OnApplicationShutdown } from '@nestjs/common';
import {
  EXPENSE_STREAM_PREFIX,
  type Expense,
  type ExpenseEvent,
  type RecordedExpense,
  expenseDecider,
} from '@sales/customers/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type FoldSource, FoldedStreams } from '@sales/shared/event-sourcing';

/** 费用列表's read model: every expense with its decision, folded from the store. */
export class ExpenseIndex implements OnApplicationShutdown {
  private readonly expenses: FoldedStreams<Expense, ExpenseEvent>;

  constructor(source: FoldSource, refreshMs?: number) {
    this.expenses = new FoldedStreams(source, EXPENSE_STREAM_PREFIX, expenseDecider, refreshMs);
  }

  rebuild = () => this.expenses.rebuild();
  startRefreshing = () => this.expenses.startRefreshing();
  onApplicationShutdown = () => this.expenses.stop();
  apply = (events: readonly EventEnvelope[]) => this.expenses.apply(events);
  record = (streamId: string, events: readonly EventEnvelope[]) => this.expenses.record(streamId, events);

  all(): RecordedExpense[] {
    return this.expenses.states().flatMap((expense) => (expense.status === 'none' ? [] : [expense]));
  }
}
