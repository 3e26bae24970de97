import { Inject, Injectable } from '@nestjs/common';
import {
  type CustomerCommand,
  type ExistingCustomer,
  type PlaceHeld,
  type PlaceKind,
  type PoolGuard,
  type PoolPolicyVersion,
  countsTowardHoldLimit,
  customerDecider,
} from '@sales/customers/domain';
import type { OrgTree } from '@sales/org/events';
import type { Actor, Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { withPeopleNamed } from '../registry/people-names';
import { CustomerBooks } from './customer-books';
import { CustomerStreams } from './customer-streams';
import { PoolPolicies } from './pool-policies';

/**
 * Every change that gives a customer to a person — a claim, an assignment from the pool, a
 * transfer, an approved 撞单 request — goes through here, so none of them bypasses the caps:
 * 1. the command is decided once on the customer as it stands, so a refusal (role, scope, cooling
 *    period, not in the pool) comes before any place is taken;
 * 2. a place is reserved in the receiver's book (daily claims, hold limit: customer-book.ts);
 * 3. the customer's stream changes, the command carrying that place; a refusal there gives the
 *    place back. A crash between 2 and 3 leaves a place that lapses by itself (customer-book.ts).
 */
@Injectable()
export class PoolPlacement {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly policies: PoolPolicies,
    private readonly books: CustomerBooks,
    private readonly streams: CustomerStreams,
  ) {}

  async give(
    customer: ExistingCustomer,
    to: Readonly<{ personId: string; kind: PlaceKind }>,
    command: (pool: PoolGuard) => CustomerCommand,
    actor: Actor,
    org: OrgTree,
  ) {
    const policy = await this.policies.current();
    const now = () => this.clock.now().toISOString();
    const place = await this.reserve(customer, to, policy, actor, org, (unreserved) =>
      customerDecider.decide(command({ policy, place: unreserved, now: now() }), customer),
    );
    try {
      return await this.streams.execute(
        customer.customerId,
        command({ policy, place, now: now() }),
        actor,
        org,
      );
    } catch (error) {
      // A place that cannot be given back now lapses by itself: the refusal is what the caller needs.
      await this.books.release(to.personId, customer.customerId, place, actor).catch(() => undefined);
      throw error;
    }
  }

  /** Decides once on the customer as it stands (refusals first), then takes the place. */
  private async reserve(
    customer: ExistingCustomer,
    to: Readonly<{ personId: string; kind: PlaceKind }>,
    policy: PoolPolicyVersion,
    actor: Actor,
    org: OrgTree,
    decideNow: (unreserved: PlaceHeld) => unknown,
  ): Promise<PlaceHeld> {
    try {
      decideNow({ reservationId: 'not-yet-reserved', reservedAt: this.clock.now().toISOString() });
      return await this.books.reserve(
        {
          personId: to.personId,
          customerId: customer.customerId,
          kind: to.kind,
          policy,
          exempt: !countsTowardHoldLimit(customer, this.clock.today()),
        },
        actor,
      );
    } catch (error) {
      throw withPeopleNamed(error, org);
    }
  }
}
