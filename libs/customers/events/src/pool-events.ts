import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * C7 pool's PUBLISHED events. Returns, claims and assignments are the registry's
 * CustomerOwnerChanged (reasons pool-return, pool-claim, pool-assignment); what the pool adds is
 * the warning before a return, so that a subscriber (a messaging bridge, a work-list) can tell
 * the owner. Ids and dates only: no names, no contacts.
 */

/** Which rule will return the customer: no follow-up (visit) or no signed contract for too long. */
export const POOL_RETURN_RULES = ['no-follow-up', 'no-contract'] as const;
export type PoolReturnRuleName = (typeof POOL_RETURN_RULES)[number];

/** 退回公海预警: the customer returns to the pool on `dueOn` unless its owner acts first. */
export type CustomerPoolReturnWarnedV1 = PublishedEvent<
  'CustomerPoolReturnWarned',
  Readonly<{
    customerId: string;
    ownerId: string;
    divisionId: string | null;
    dueOn: BusinessDate;
    rule: PoolReturnRuleName;
    since: BusinessDate;
    warnedOn: BusinessDate;
  }>
>;

export type PoolPublishedEvent = CustomerPoolReturnWarnedV1;
