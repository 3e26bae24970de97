import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ExpenseCommand,
  assertFilterInScope,
  expenseDecider,
  expenseStreamId,
  fieldWorkScope,
  inFieldWorkScope,
} from '@sales/customers/domain';
import type { ExpenseCategory, ExpenseStatus } from '@sales/customers/events';
import { type Actor, type BusinessDate, type Clock, NotFoundError, formatMoney } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CustomersOrgReader } from '../org/customers-org.reader';
import { CustomerDirectory } from '../registry/customer-directory';
import { personLabel } from '../registry/people-names';
import { dateRange } from './date-range';
import { ExpenseIndex } from './expense-index';

export type ExpenseInput = Readonly<{
  personId: string | undefined;
  date: BusinessDate;
  category: ExpenseCategory;
  amountMinor: number;
  currency: string;
  customerId: string | null;
  receiptRef: string | null;
}>;

export type ExpenseFilter = Readonly<{
  personId?: string;
  divisionId?: string;
  status?: ExpenseStatus;
  from?: BusinessDate;
  to?: BusinessDate;
}>;

/** Default period of the list: the last 31 days; at most a year. */
const DEFAULT_DAYS = 31;
const MAX_DAYS = 366;

/**
 * 费用 (C5): the expense aggregate (`expense-<id>` streams). Recorded with the tree as of the
 * expense's date (its division); decided with today's tree (who stands above the person now).
 * Finance reads every expense besides the VP, general manager, sales admin and admin.
 */
@Injectable()
export class ExpenseService {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: CustomersOrgReader,
    private readonly directory: CustomerDirectory,
    private readonly index: ExpenseIndex,
  ) {}

  async record(input: ExpenseInput, actor: Actor) {
    const expenseId = randomUUID();
    const customerId = input.customerId === null ? null : await this.customerId(input.customerId);
    const outcome = await this.execute(expenseId, actor, {
      type: 'RecordExpense',
      data: {
        ...input,
        personId: input.personId ?? actor.userId,
        customerId,
        actor,
        expenseId,
        today: this.clock.today(),
        orgOnDate: await this.org.treeAsOf(input.date),
      },
    });
    return { ...outcome, expenseId };
  }

  async approve(expenseId: string, actor: Actor): Promise<CommandOutcome> {
    return this.execute(expenseId, actor, {
      type: 'ApproveExpense',
      data: await this.decision(expenseId, actor),
    });
  }

  async reject(expenseId: string, reason: string, actor: Actor): Promise<CommandOutcome> {
    return this.execute(expenseId, actor, {
      type: 'RejectExpense',
      data: { ...(await this.decision(expenseId, actor)), reason },
    });
  }

  /** 费用列表: own, division or company by scope; newest first. */
  async list(actor: Actor, filter: ExpenseFilter) {
    const org = await this.org.treeToday();
    const scope = fieldWorkScope(actor, org, 'read-expenses', ['finance']);
    assertFilterInScope(scope, org, filter);
    const { from, to } = dateRange(filter, this.clock.today(), DEFAULT_DAYS, MAX_DAYS);
    return this.index
      .all()
      .filter(({ expense }) => inFieldWorkScope(scope, expense))
      .filter(({ expense }) => expense.date >= from && expense.date <= to)
      .filter(({ expense }) => filter.personId === undefined || expense.personId === filter.personId)
      .filter(({ expense }) => filter.divisionId === undefined || expense.divisionId === filter.divisionId)
      .filter(({ status }) => filter.status === undefined || status === filter.status)
      .sort(
        (a, b) =>
          b.expense.date.localeCompare(a.expense.date) ||
          a.expense.expenseId.localeCompare(b.expense.expenseId),
      )
      .map(({ status, expense, decision }) => ({
        ...expense,
        person: personLabel(org, expense.personId),
        amount: formatMoney(expense.amountMinor, expense.currency),
        status,
        decidedBy: decision?.by ?? null,
        decidedOn: decision?.on ?? null,
        selfApproved: decision?.selfApproved ?? false,
        reason: decision?.reason ?? null,
      }));
  }

  private async decision(expenseId: string, actor: Actor) {
    return { actor, expenseId, today: this.clock.today(), org: await this.org.treeToday() };
  }

  /** The customer an expense names (its survivor when merged away); unknown: bad input (400) naming the field. */
  private async customerId(customerId: string): Promise<string> {
    const found = await this.directory.find(customerId);
    if (!found) throw new NotFoundError('unknown-customer', { field: 'customerId', customerId });
    return found.customerId;
  }

  private async execute(expenseId: string, actor: Actor, command: ExpenseCommand): Promise<CommandOutcome> {
    const streamId = expenseStreamId(expenseId);
    const result = await this.runtime.commands.execute(expenseDecider, streamId, command, actor);
    await this.index.record(streamId, result.events);
    return commandOutcome(result);
  }
}
