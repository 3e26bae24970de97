import { type EventEnvelope, type EventStore, WrongExpectedVersionError } from '@sales/shared/event-sourcing';
import type { Subscription } from './event-bus.port';

/**
 * A context's private, durable copy of another context's streams, built from that context's
 * published events (a service never reads another's database). Each event is appended at the
 * version it has upstream, so the store's own optimistic-concurrency guard makes the copy
 * idempotent: a redelivered event finds its version taken and is skipped; the copy is never
 * published (its commits are marked at once).
 */
export class StreamReplica {
  constructor(
    readonly store: EventStore,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  subscription(onApplied?: (event: EventEnvelope) => void): Subscription {
    return {
      groupId: this.groupId,
      topics: [this.topic],
      fromBeginning: true,
      handle: async (event) => {
        if (await this.apply(event)) onApplied?.(event);
      },
    };
  }

  /** True when the event was new to the copy. */
  async apply(event: EventEnvelope): Promise<boolean> {
    try {
      await this.store.append({
        streamId: event.streamId,
        expectedVersion: event.version - 1,
        events: [{ type: event.type, data: event.data, schemaVersion: event.schemaVersion }],
        metadata: { actor: event.actor, correlationId: event.correlationId, causationId: event.id, traceparent: event.traceparent },
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const { version } = await this.store.readStream(event.streamId);
      if (version >= event.version) return false;
      // An earlier event of the stream has not arrived: fail, so the bus retries and never skips one.
      throw new Error(`replica of ${event.streamId} is at version ${version}; event ${event.id} has version ${event.version}`);
    }
    await this.store.markPublished([{ streamId: event.streamId, fromVersion: event.version - 1 }]);
    return true;
  }

  async read(streamId: string): Promise<readonly EventEnvelope[]> {
    return (await this.store.readStream(streamId)).events;
  }
}
