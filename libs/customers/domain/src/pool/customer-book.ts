import {
  type Aggregate,
  type BusinessDate,
  type Command,
  ConflictError,
  type DomainEvent,
  assertNever,
} from '@sales/shared/domain';
import type { PoolRules } from './pool-policy';

/*
 * 私海名额: the caps (claims per day, customers held) under concurrency without transactions
 * (ARCHITECTURE §2). Each person has a book (`customer-book-<personId>`) and every change that
 * gives them a customer — a claim, an assignment, a transfer, an approved request — first reserves
 * a place in it, then changes the customer's stream (the two steps of the 查重 key reservations,
 * duplicate-key.ts). Reservations of one person race on the book's version, so the store's unique
 * index lets them through one at a time, in one process or across replicas, and each is decided
 * on the places taken before it.
 *
 * What a person holds is read from the customers themselves (`held`, passed in by the service);
 * the book adds the places reserved in the last PLACE_COUNTED_MS, which that read may not show
 * yet (a change still under way, another replica's read model not yet refreshed).
 *
 * A refusal of the second step releases the place (compensation). A crash between the steps
 * leaves a place that never became a customer: the customer's side refuses a place older than
 * PLACE_LEASE_MS, so after that such a place can never be used; the book stops counting it toward
 * the hold limit after PLACE_COUNTED_MS and, once the service finds the customer was never taken
 * (`lapsed`), toward the day's claims too.
 */

/** A customer change refuses a place reserved longer ago than this. */
export const PLACE_LEASE_MS = 2 * 60_000;
/** The book counts a place this long: the lease, clock skew between replicas, the read model's refresh. */
export const PLACE_COUNTED_MS = 5 * 60_000;

export type PlaceKind = 'claim' | 'assignment' | 'transfer' | 'request';

export type Place = Readonly<{
  reservationId: string;
  customerId: string;
  kind: PlaceKind;
  reservedAt: string;
  on: BusinessDate;
  /** False for a customer with a recent contract: it takes no place under the hold limit. */
  counts: boolean;
}>;

export type PlaceReserved = DomainEvent<
  'PlaceReserved',
  Place & Readonly<{ personId: string; policyVersion: number }>
>;
export type PlaceReleased = DomainEvent<
  'PlaceReleased',
  Readonly<{ personId: string; reservationId: string; customerId: string }>
>;
export type BookEvent = PlaceReserved | PlaceReleased;

export type ReservePlace = Command<
  'ReservePlace',
  Readonly<{
    personId: string;
    reservationId: string;
    customerId: string;
    kind: PlaceKind;
    now: string;
    today: BusinessDate;
    policy: PoolRules & Readonly<{ version: number }>;
    /** Customers the person owns now that count toward the hold limit, as the service read them. */
    held: readonly string[];
    /** The customer to take has a contract in the last 12 months: no hold-limit place needed. */
    exempt: boolean;
    /** Customers of the book's places that have a contract in the last 12 months now: no place either. */
    withRecentContract: readonly string[];
    /** Reservations of today's claims the service found never became a customer. */
    lapsed: readonly string[];
  }>
>;
export type ReleasePlace = Command<
  'ReleasePlace',
  Readonly<{ personId: string; reservationId: string; customerId: string }>
>;
export type BookCommand = ReservePlace | ReleasePlace;

/** Places of today and of the last PLACE_COUNTED_MS; older ones are settled in the customers. */
export type BookState = Readonly<{ places: readonly Place[] }>;

export const bookStreamId = (personId: string) => `customer-book-${personId}`;

const ageMs = (place: Place, now: string) => Date.parse(now) - Date.parse(place.reservedAt);

export const customerBookDecider: Aggregate<BookState, BookCommand, BookEvent> = {
  initialState: () => ({ places: [] }),
  evolve: ({ places }, event) => {
    switch (event.type) {
      case 'PlaceReserved': {
        const { personId: _p, policyVersion: _v, ...place } = event.data;
        const kept = places.filter((p) => p.on === place.on || ageMs(p, place.reservedAt) < PLACE_COUNTED_MS);
        return { places: [...kept, place] };
      }
      case 'PlaceReleased':
        return { places: places.filter((p) => p.reservationId !== event.data.reservationId) };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'ReservePlace':
        return reserve(command.data, state);
      case 'ReleasePlace': {
        const { reservationId } = command.data;
        if (!state.places.some((p) => p.reservationId === reservationId)) return [];
        return [{ type: 'PlaceReleased', data: command.data }];
      }
      default:
        return assertNever(command);
    }
  },
  // Internal: subscribers see the customers' changes of owner, not the books.
  publish: () => [],
};

function reserve(data: ReservePlace['data'], { places }: BookState): BookEvent[] {
  const { personId, reservationId, customerId, kind, now, today, policy, held, exempt, lapsed } = data;
  const { withRecentContract } = data;
  // A retried command finds its own place already taken.
  if (places.some((p) => p.reservationId === reservationId)) return [];
  if (kind === 'claim') {
    const claimed = places.filter(
      (p) =>
        p.kind === 'claim' &&
        p.on === today &&
        !(lapsed.includes(p.reservationId) && ageMs(p, now) >= PLACE_COUNTED_MS),
    ).length;
    if (claimed >= policy.dailyClaimLimit) {
      throw new ConflictError('daily-claim-limit-reached', {
        personId,
        claimed,
        limit: policy.dailyClaimLimit,
      });
    }
  }
  if (!exempt) {
    const holding = new Set(held);
    for (const p of places) {
      const counted = p.counts && !withRecentContract.includes(p.customerId);
      if (counted && ageMs(p, now) < PLACE_COUNTED_MS) holding.add(p.customerId);
    }
    if (!holding.has(customerId) && holding.size >= policy.holdLimit) {
      throw new ConflictError('hold-limit-reached', {
        personId,
        held: holding.size,
        limit: policy.holdLimit,
      });
    }
  }
  return [
    {
      type: 'PlaceReserved',
      data: {
        personId,
        reservationId,
        customerId,
        kind,
        reservedAt: now,
        on: today,
        counts: !exempt,
        policyVersion: policy.version,
      },
    },
  ];
}
