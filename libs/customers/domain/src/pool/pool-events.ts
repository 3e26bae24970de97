import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/*
 * The pool's and the requests' internal events on the customer stream (`customer-<id>`). Changes
 * of owner themselves are the registry's CustomerOwnerChanged (reasons pool-return, pool-claim,
 * pool-assignment, manager-decision); what is here is what leads to them.
 */

/** Which return rule fired (or is about to). */
export type PoolReturnRule = 'no-follow-up' | 'no-contract';

/**
 * Why a customer went back to the pool: a rule of the policy (counted from `since`, the last
 * follow-up or contract, or the start of the ownership when later), or someone's release.
 */
export type PoolReturnCause =
  | Readonly<{ kind: PoolReturnRule; since: BusinessDate; days: number; policyVersion: number }>
  | Readonly<{ kind: 'released' }>;

/** The owner is told, once per due date, that the customer returns to the pool on `dueOn`. */
export type PoolReturnWarned = DomainEvent<
  'PoolReturnWarned',
  Readonly<{
    customerId: string;
    ownerId: string;
    divisionId: string | null;
    dueOn: BusinessDate;
    rule: PoolReturnRule;
    since: BusinessDate;
    policyVersion: number;
    warnedOn: BusinessDate;
  }>
>;

/** 撞单: a salesperson asks for a customer someone else owns; the owner's manager decides. */
export type CustomerRequested = DomainEvent<
  'CustomerRequested',
  Readonly<{
    customerId: string;
    requestId: string;
    requesterId: string;
    ownerId: string;
    reason: string;
    requestedOn: BusinessDate;
  }>
>;

export type CustomerRequestDecision = Readonly<{
  customerId: string;
  requestId: string;
  requesterId: string;
  deciderId: string;
  note: string;
  decidedOn: BusinessDate;
}>;

/** Approved: the same commit gives the customer to the requester (reason manager-decision). */
export type CustomerRequestApproved = DomainEvent<'CustomerRequestApproved', CustomerRequestDecision>;
export type CustomerRequestRejected = DomainEvent<'CustomerRequestRejected', CustomerRequestDecision>;

export type PoolEvent =
  | PoolReturnWarned
  | CustomerRequested
  | CustomerRequestApproved
  | CustomerRequestRejected;
