import type { BusinessDate } from '@sales/shared/domain';
import type { ExistingCustomer } from '../registry/customer-state';
import { addDays, addMonths, laterOf } from './calendar-days';
import type { PoolReturnRule } from './pool-events';
import type { PoolRules } from './pool-policy';

/** Customers with a contract in this many trailing months do not count toward the hold limit. */
export const HOLD_EXEMPT_MONTHS = 12;

/** The day the current owner took the customer (its registration, or the last change of owner). */
export function ownedSince(customer: ExistingCustomer): BusinessDate {
  return customer.owners.at(-1)?.from ?? customer.registeredOn;
}

export type ReturnDue = Readonly<{
  dueOn: BusinessDate;
  rule: PoolReturnRule;
  since: BusinessDate;
  days: number;
}>;

/**
 * When the owned customer returns to the pool unless something happens first. Each rule counts
 * from the later of its last event (follow-up, signed contract) and the day the owner took the
 * customer: a new owner gets the full time, whatever the previous one did. The earlier rule wins
 * (no follow-up on a tie).
 */
export function returnDue(
  customer: ExistingCustomer,
  rules: Pick<PoolRules, 'followUpDays' | 'contractDays'>,
  lastVisitOn: BusinessDate | null,
): ReturnDue {
  const owned = ownedSince(customer);
  const followUpSince = laterOf(owned, lastVisitOn);
  const contractSince = laterOf(owned, customer.lastContractOn);
  const followUpDue = addDays(followUpSince, rules.followUpDays);
  const contractDue = addDays(contractSince, rules.contractDays);
  return contractDue < followUpDue
    ? { dueOn: contractDue, rule: 'no-contract', since: contractSince, days: rules.contractDays }
    : { dueOn: followUpDue, rule: 'no-follow-up', since: followUpSince, days: rules.followUpDays };
}

/**
 * 冷却期: the first day `personId` may take the customer again, when it last went back to the pool
 * from them and that was less than the cooling period before `today`; null when nothing holds them.
 */
export function coolingUntil(
  customer: ExistingCustomer,
  personId: string,
  rules: Pick<PoolRules, 'coolingDays'>,
  today: BusinessDate,
): Readonly<{ until: BusinessDate; returnedOn: BusinessDate }> | null {
  const lastReturn = customer.owners.findLastIndex((o) => o.reason === 'pool-return');
  if (lastReturn < 1 || customer.owners[lastReturn - 1].ownerId !== personId) return null;
  const returnedOn = customer.owners[lastReturn].from;
  const until = addDays(returnedOn, rules.coolingDays);
  return today < until ? { until, returnedOn } : null;
}

/** Whether the customer counts toward its owner's hold limit today (no contract in 12 months). */
export function countsTowardHoldLimit(customer: ExistingCustomer, today: BusinessDate): boolean {
  const last = customer.lastContractOn;
  return last === null || last <= addMonths(today, -HOLD_EXEMPT_MONTHS);
}
