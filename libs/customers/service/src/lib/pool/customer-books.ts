import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type BookState,
  PLACE_COUNTED_MS,
  type PlaceHeld,
  type PlaceKind,
  type PoolPolicyVersion,
  bookStreamId,
  countsTowardHoldLimit,
  customerBookDecider,
} from '@sales/customers/domain';
import { type Actor, type BusinessDate, type Clock, fold } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CustomerIndex } from '../registry/customer-index';

export type PlaceRequest = Readonly<{
  personId: string;
  customerId: string;
  kind: PlaceKind;
  policy: PoolPolicyVersion;
  /** The customer has a contract in the last 12 months: it takes no place under the hold limit. */
  exempt: boolean;
}>;

/**
 * 私海名额: the books the pool's caps are kept in (customer-book.ts). The service reads what the
 * person holds from the customer index and, for today's claims old enough to have lapsed, whether
 * each customer was really taken (read fresh from its stream); the book decides on that and on
 * the places reserved before it.
 */
@Injectable()
export class CustomerBooks {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly index: CustomerIndex,
  ) {}

  /** Reserves a place for the customer in the person's book, or throws the cap it would break. */
  async reserve(request: PlaceRequest, actor: Actor): Promise<PlaceHeld> {
    const { personId, customerId, kind, policy, exempt } = request;
    const now = this.clock.now().toISOString();
    const today = this.clock.today();
    const book = await this.book(personId);
    const lapsed = await this.lapsedClaims(book, personId, now, today);
    const reservationId = randomUUID();
    await this.runtime.commands.execute(
      customerBookDecider,
      bookStreamId(personId),
      {
        type: 'ReservePlace',
        data: {
          personId,
          reservationId,
          customerId,
          kind,
          now,
          today,
          policy,
          held: this.heldBy(personId, today),
          exempt,
          withRecentContract: await this.withRecentContract(book, today),
          lapsed,
        },
      },
      actor,
    );
    return { reservationId, reservedAt: now };
  }

  /** Compensation: the customer did not change hands, so the place is given back. */
  async release(personId: string, customerId: string, place: PlaceHeld, actor: Actor): Promise<void> {
    await this.runtime.commands.execute(
      customerBookDecider,
      bookStreamId(personId),
      { type: 'ReleasePlace', data: { personId, customerId, reservationId: place.reservationId } },
      actor,
    );
  }

  /** Live customers the person owns that count toward the hold limit, as the index holds them. */
  heldBy(personId: string, today: BusinessDate): string[] {
    return this.index
      .all()
      .filter((c) => c.mergedInto === null && c.ownerId === personId && countsTowardHoldLimit(c, today))
      .map((c) => c.customerId);
  }

  /** Customers of the book's places that signed a contract in the last 12 months (since reserving, say). */
  private async withRecentContract(book: BookState, today: BusinessDate): Promise<string[]> {
    const ids = [...new Set(book.places.filter((p) => p.counts).map((p) => p.customerId))];
    const customers = await Promise.all(ids.map((id) => this.index.customer(id)));
    return customers.flatMap((c) => (c && !countsTowardHoldLimit(c, today) ? [c.customerId] : []));
  }

  /**
   * Today's claims reserved longer ago than the book counts them whose customer never went to
   * the person (a crash between the steps): the customer's side refuses such an old place, so
   * they never will.
   */
  private async lapsedClaims(book: BookState, personId: string, now: string, today: BusinessDate) {
    const old = book.places.filter(
      (p) =>
        p.kind === 'claim' &&
        p.on === today &&
        Date.parse(now) - Date.parse(p.reservedAt) >= PLACE_COUNTED_MS,
    );
    const lapsed: string[] = [];
    for (const place of old) {
      const customer = await this.index.customer(place.customerId);
      const taken = customer?.owners.some(
        (o) => o.ownerId === personId && o.reason === 'pool-claim' && o.from >= place.on,
      );
      if (!taken) lapsed.push(place.reservationId);
    }
    return lapsed;
  }

  private async book(personId: string): Promise<BookState> {
    const { events } = await this.runtime.store.readStream(bookStreamId(personId));
    return fold(
      customerBookDecider,
      events.map(({ type, data }) => ({ type, data }) as never),
    );
  }
}
