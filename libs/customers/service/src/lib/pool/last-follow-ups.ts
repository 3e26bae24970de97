import type { BusinessDate } from '@sales/shared/domain';

/**
 * The port the pool reads follow-ups through (C7 "no follow-up for N days"): the field-work slice
 * records visits in its own streams and provides this (its LastVisits already has this shape:
 * `{ provide: LastFollowUps, useExisting: LastVisits }`). Until it does, no visit is known and each
 * customer's rule counts from the day its owner took it (registration or last change of owner).
 */
export abstract class LastFollowUps {
  /**
   * Each customer's latest visit, by customer id: `date` is its business date. Any kind of visit,
   * by anyone; a merged record's visits count for its survivor; a customer never visited is
   * absent. One call answers a whole pass over many customers.
   */
  abstract lastVisits(): Promise<ReadonlyMap<string, Readonly<{ date: BusinessDate }>>>;
}

/** The default until the field-work slice provides LastFollowUps: no visit is known. */
export const NO_FOLLOW_UPS_KNOWN: LastFollowUps = { lastVisits: () => Promise.resolve(new Map()) };
