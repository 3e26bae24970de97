import type { OwnerChangeReason } from '@sales/customers/events';
import {
  type BusinessDate,
  ConflictError,
  DomainError,
  ForbiddenError,
  type Actor,
} from '@sales/shared/domain';
import type { Circumstances } from '../registry/customer-commands';
import type { CustomerEvent } from '../registry/customer-events';
import { divisionsManagedIn } from '../org-view';
import { divisionOfCustomer, isPossibleOwner } from '../registry/customer-scope';
import type { ExistingCustomer } from '../registry/customer-state';
import { addDays } from './calendar-days';
import { PLACE_LEASE_MS } from './customer-book';
import type {
  AssignFromPool,
  ClaimCustomer,
  PoolGuard,
  ReleaseToPool,
  ReturnToPoolIfDue,
} from './pool-commands';
import type { PoolReturnCause } from './pool-events';
import { coolingUntil, returnDue } from './pool-rules';

/** The org tree as of today, as the customer commands carry it. */
type OrgTree = Circumstances['org'];

/** 公海 (C7): the decisions on the customer stream that take customers out of and back into the pool. */

/** 领取: a salesperson (or a manager who keeps accounts) takes a pool customer for themself. */
export function claim(data: ClaimCustomer['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, note } = data;
  if (!['salesperson', 'division_manager'].includes(actor.role) || !isPossibleOwner(org, actor.userId)) {
    throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'claim' });
  }
  assertInPool(customer);
  assertMayTake(customer, actor.userId, data);
  return [ownerChanged(customer, org, actor.userId, 'pool-claim', note.trim(), today)];
}

/** 分配: the VP, sales admin or admin give a pool customer to anyone in sales; a manager within the division. */
export function assign(data: AssignFromPool['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, toOwnerId, note } = data;
  if (actor.role === 'division_manager') {
    const divisionId = org.people.find((p) => p.id === toOwnerId)?.divisionId ?? '';
    if (!divisionsManagedIn(org, actor.userId).includes(divisionId)) {
      throw new ForbiddenError('assignment-outside-your-division', { toOwnerId, userId: actor.userId });
    }
  } else if (!['vp', 'sales_admin', 'admin'].includes(actor.role)) {
    throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'assign' });
  }
  if (!isPossibleOwner(org, toOwnerId)) {
    throw new DomainError('owner-not-in-sales', { field: 'toOwnerId', ownerId: toOwnerId });
  }
  if (!note.trim()) throw new DomainError('field-required', { field: 'note' });
  assertInPool(customer);
  assertMayTake(customer, toOwnerId, data);
  return [ownerChanged(customer, org, toOwnerId, 'pool-assignment', note.trim(), today)];
}

/** 退回公海: the owner, a manager of the customer's division, the VP, sales admin or admin, with a reason. */
export function release(data: ReleaseToPool['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, note } = data;
  if (customer.ownerId === null)
    throw new ConflictError('customer-in-pool', { customerId: customer.customerId });
  if (!mayRelease(actor, customer, org)) {
    throw new ForbiddenError('not-your-customer', { customerId: customer.customerId, userId: actor.userId });
  }
  if (!note.trim()) throw new DomainError('field-required', { field: 'note' });
  return [toPool(customer, note.trim(), { kind: 'released' }, today)];
}

/**
 * The scheduled check: back to the pool on the due day of the earlier rule; in the warning days
 * before it, a warning to the owner once per due date; otherwise nothing. Run twice (two
 * replicas, a retried round) it decides nothing the second time: the customer is in the pool, or
 * the warning for that date is recorded.
 */
export function returnIfDue(data: ReturnToPoolIfDue['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { today, policy, lastVisitOn } = data;
  if (customer.ownerId === null || customer.mergedInto !== null) return [];
  const due = returnDue(customer, policy, lastVisitOn);
  if (today >= due.dueOn) {
    const { rule, since, days } = due;
    const note =
      rule === 'no-follow-up'
        ? `${days} 天未跟进（自 ${since}）/ no follow-up for ${days} days (since ${since})`
        : `${days} 天未签合同（自 ${since}）/ no signed contract for ${days} days (since ${since})`;
    return [toPool(customer, note, { kind: rule, since, days, policyVersion: policy.version }, today)];
  }
  const warnFrom = addDays(due.dueOn, -policy.warningDays);
  if (today < warnFrom || customer.poolWarning?.dueOn === due.dueOn) return [];
  return [
    {
      type: 'PoolReturnWarned',
      data: {
        customerId: customer.customerId,
        ownerId: customer.ownerId,
        divisionId: customer.divisionId,
        dueOn: due.dueOn,
        rule: due.rule,
        since: due.since,
        policyVersion: policy.version,
        warnedOn: today,
      },
    },
  ];
}

/**
 * What every change that gives a customer to `personId` obeys, whoever decides it: the cooling
 * period after a return from them, and a place still held in their book (the hold and daily
 * limits were checked there).
 */
export function assertMayTake(
  customer: ExistingCustomer,
  personId: string,
  { policy, place, now, today }: PoolGuard & Readonly<{ today: BusinessDate }>,
): void {
  const cooling = coolingUntil(customer, personId, policy, today);
  if (cooling) {
    throw new ConflictError('pool-cooling-period', {
      customerId: customer.customerId,
      personId,
      returnedOn: cooling.returnedOn,
      until: cooling.until,
      coolingDays: policy.coolingDays,
    });
  }
  if (Date.parse(now) - Date.parse(place.reservedAt) >= PLACE_LEASE_MS) {
    throw new ConflictError('place-reservation-expired', { personId, reservedAt: place.reservedAt });
  }
}

export function assertInPool(customer: ExistingCustomer): void {
  if (customer.ownerId !== null) {
    throw new ConflictError('customer-not-in-pool', {
      customerId: customer.customerId,
      ownerId: customer.ownerId,
    });
  }
}

function mayRelease(actor: Actor, customer: ExistingCustomer, org: OrgTree): boolean {
  if (['vp', 'sales_admin', 'admin'].includes(actor.role)) return true;
  if (actor.userId === customer.ownerId) return true;
  const divisionId = divisionOfCustomer(customer, org);
  return (
    actor.role === 'division_manager' &&
    divisionId !== null &&
    divisionsManagedIn(org, actor.userId).includes(divisionId)
  );
}

/** The customer changes hands to `toOwnerId`, in the division they are in today. */
export function ownerChanged(
  customer: ExistingCustomer,
  org: OrgTree,
  toOwnerId: string,
  reason: Exclude<OwnerChangeReason, 'pool-return'>,
  note: string,
  today: BusinessDate,
): CustomerEvent {
  return {
    type: 'CustomerOwnerChanged',
    data: {
      customerId: customer.customerId,
      fromOwnerId: customer.ownerId,
      fromDivisionId: customer.divisionId,
      toOwnerId,
      toDivisionId: org.people.find((p) => p.id === toOwnerId)?.divisionId ?? null,
      reason,
      note,
      effectiveOn: today,
    },
  };
}

function toPool(
  customer: ExistingCustomer,
  note: string,
  cause: PoolReturnCause,
  today: BusinessDate,
): CustomerEvent {
  return {
    type: 'CustomerOwnerChanged',
    data: {
      customerId: customer.customerId,
      fromOwnerId: customer.ownerId,
      fromDivisionId: customer.divisionId,
      toOwnerId: null,
      toDivisionId: null,
      reason: 'pool-return',
      note,
      effectiveOn: today,
      cause,
    },
  };
}
