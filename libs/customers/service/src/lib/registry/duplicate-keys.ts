import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Customer,
  type DuplicateKey,
  type HolderStanding,
  customerDecider,
  customerStreamId,
  duplicateKeyDecider,
  duplicateKeysOf,
  sameKey,
} from '@sales/customers/domain';
import { type Actor, type Clock, fold } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** The stream a key is reserved on: hashed, so any name makes a short, safe stream id. */
export const keyStreamId = ({ kind, value }: DuplicateKey) =>
  `customer-key-${kind}-${createHash('sha256').update(value).digest('hex').slice(0, 40)}`;

/**
 * 查重 reservations (see duplicate-key.ts): a customer reserves its keys before its record is
 * written and releases the ones it no longer has after. The holder's standing is read from the
 * holder's own stream at the moment of reserving.
 */
@Injectable()
export class DuplicateKeys {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Reserves every key in order; on a refusal releases what this call reserved and rethrows. */
  async reserveAll(keys: readonly DuplicateKey[], customerId: string, ownerId: string | null, actor: Actor) {
    const reserved: DuplicateKey[] = [];
    try {
      for (const key of keys) {
        await this.runtime.commands.execute(
          { ...duplicateKeyDecider, publish: () => [] },
          keyStreamId(key),
          await this.reserveCommand(key, customerId, ownerId),
          actor,
        );
        reserved.push(key);
      }
    } catch (error) {
      await this.releaseAll(reserved, customerId, actor);
      throw error;
    }
  }

  async releaseAll(keys: readonly DuplicateKey[], customerId: string, actor: Actor) {
    for (const key of keys) {
      await this.runtime.commands.execute(
        { ...duplicateKeyDecider, publish: () => [] },
        keyStreamId(key),
        { type: 'ReleaseKey', data: { key, customerId } },
        actor,
      );
    }
  }

  /**
   * Reads the key's holder only when it is another customer. The standing is read each time the
   * command runs, so a lost race (the executor retries) looks again.
   */
  private async reserveCommand(key: DuplicateKey, customerId: string, ownerId: string | null) {
    const { events } = await this.runtime.store.readStream(keyStreamId(key));
    const holder = fold(duplicateKeyDecider, events.map(asEvent)).holder;
    const standing =
      holder && holder.customerId !== customerId ? await this.standingOf(holder.customerId, key) : undefined;
    return {
      type: 'ReserveKey' as const,
      data: { key, customerId, ownerId, now: this.clock.now().toISOString(), holder: standing },
    };
  }

  private async standingOf(holderId: string, key: DuplicateKey): Promise<HolderStanding> {
    const holder = await this.customer(holderId);
    if (holder.status === 'none') return { kind: 'unregistered' };
    if (!duplicateKeysOf(holder.profile).some((held) => sameKey(held, key))) return { kind: 'released' };
    // A merged record keeps its keys for its survivor: the name still belongs to that company.
    const survivor = holder.mergedInto ? await this.customer(holder.mergedInto) : holder;
    const named = survivor.status === 'none' ? holder : survivor;
    return { kind: 'holds', customerId: named.customerId, name: named.profile.name, ownerId: named.ownerId };
  }

  private async customer(customerId: string): Promise<Customer> {
    const { events } = await this.runtime.store.readStream(customerStreamId(customerId));
    return fold(customerDecider, events.map(asEvent) as never);
  }
}

const asEvent = ({ type, data }: EventEnvelope) => ({ type, data }) as never;
