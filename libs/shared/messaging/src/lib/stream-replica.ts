import { type EventEnvelope, type EventStore, WrongExpectedVersionError } from '@sales/shared/event-sourcing';
import type { Subscription } from './event-bus.port';

/**
 * The copy holds another event at this version than upstream now publishes: upstream was restored
 * from an older backup, wiped, or lost its tail, and wrote new history over versions the copy
 * already has. Skipping would leave the contexts disagreeing forever, so the copy stops taking
 * events until an operator decides which history is right (and rebuilds the copy).
 */
export class ReplicaDivergedError extends Error {
  readonly code = 'replica-diverged';
  constructor(
    readonly replica: string,
    readonly streamId: string,
    readonly version: number,
    readonly heldEventId: string,
    readonly upstreamEventId: string,
  ) {
    super(
      `replica ${replica} diverged from upstream: ${streamId} version ${version} is event ${heldEventId} here ` +
        `but ${upstreamEventId} upstream`,
    );
    this.name = 'ReplicaDivergedError';
  }
}

/**
 * A context's private, durable copy of another context's streams, built from that context's
 * published events (a service never reads another's database). Each event is appended at the
 * version it has upstream and keeps its upstream id, so the store's own optimistic-concurrency
 * guard makes the copy idempotent: a redelivered event finds its version taken by the same event
 * id and is skipped; another id at a taken version means upstream's history changed, and the copy
 * refuses it and everything after it (ReplicaDivergedError). The copy is never published (its
 * commits are marked at once).
 */
export class StreamReplica {
  private divergence?: ReplicaDivergedError;

  constructor(
    readonly store: EventStore,
    private readonly topic: string,
    /** The consumer group; also the replica's name in logs, metrics and `/health/ready`. */
    readonly groupId: string,
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

  /** Why the copy stopped taking events, once it found upstream's history changed. */
  get diverged(): ReplicaDivergedError | undefined {
    return this.divergence;
  }

  /** For `/health/ready`: fails once the copy has diverged from upstream. */
  readiness(): { name: string; check: () => Promise<void> } {
    return {
      name: `replica:${this.groupId}`,
      check: async () => {
        if (this.divergence) throw this.divergence;
      },
    };
  }

  /** True when the event was new to the copy, false for a redelivery. */
  async apply(event: EventEnvelope): Promise<boolean> {
    if (this.divergence) throw this.divergence;
    try {
      await this.store.append({
        streamId: event.streamId,
        expectedVersion: event.version - 1,
        events: [{ id: event.id, type: event.type, data: event.data, schemaVersion: event.schemaVersion }],
        metadata: {
          actor: event.actor,
          correlationId: event.correlationId,
          causationId: event.causationId,
          traceparent: event.traceparent,
        },
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const { version, events } = await this.store.readStream(event.streamId);
      // An earlier event of the stream has not arrived: fail, so the bus retries and never skips one.
      if (version < event.version) {
        throw new Error(
          `replica of ${event.streamId} is at version ${version}; event ${event.id} has version ${event.version}`,
        );
      }
      const held = events.find((e) => e.version === event.version);
      if (held && isCopyOf(held, event)) return false;
      this.divergence = new ReplicaDivergedError(
        this.groupId,
        event.streamId,
        event.version,
        held?.id ?? '(none)',
        event.id,
      );
      throw this.divergence;
    }
    await this.store.markPublished([{ streamId: event.streamId, fromVersion: event.version - 1 }]);
    return true;
  }

  async read(streamId: string): Promise<readonly EventEnvelope[]> {
    return (await this.store.readStream(streamId)).events;
  }
}

/** Copies written before they kept the upstream id carry it as their causation id. */
function isCopyOf(held: EventEnvelope, upstream: EventEnvelope): boolean {
  return held.id === upstream.id || held.causationId === upstream.id;
}
