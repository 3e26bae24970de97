import type { EventEnvelope, EventMetadata } from './event-envelope';

/** Version of a stream that does not exist yet. */
export const NO_STREAM = 0;

/**
 * All events of one command, stored as ONE record: atomic without transactions. The store is
 * also the outbox: `published` turns true once the relay has handed the commit to the bus.
 */
export type Commit = Readonly<{
  streamId: string;
  /** Stream version before this commit; unique per stream (the optimistic-concurrency guard). */
  fromVersion: number;
  events: readonly EventEnvelope[];
  committedAt: string;
}>;

export type NewEvent = Readonly<{ type: string; data: unknown; schemaVersion?: number }>;

export type AppendRequest = Readonly<{
  streamId: string;
  /** The version the caller's decision was based on (NO_STREAM for a new stream). */
  expectedVersion: number;
  events: readonly NewEvent[];
  metadata: EventMetadata;
}>;

export type AppendResult = Readonly<{ nextExpectedVersion: number; events: readonly EventEnvelope[] }>;

export type ReadStreamResult = Readonly<{ version: number; events: readonly EventEnvelope[] }>;

/** Thrown by `append` when the stream moved on since `expectedVersion`. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'wrong-expected-version';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion?: number,
  ) {
    super(
      `stream ${streamId}: expected version ${expectedVersion}${actualVersion === undefined ? '' : `, actual ${actualVersion}`}`,
    );
    this.name = 'WrongExpectedVersionError';
  }
}

/**
 * The event-store port. One store belongs to one context (each service owns its database).
 * Adapters: MongoEventStore (mongoose; MongoDB 7 standalone/replica set and mongo-java-server 1.47) and
 * FileEventStore (standalone mode). Both pass `event-store.contract-spec.ts`.
 */
export interface EventStore {
  readonly context: string;
  /** Appends atomically or throws WrongExpectedVersionError; never a partial commit. */
  append(request: AppendRequest): Promise<AppendResult>;
  /** Events of a stream in version order, upcast to their current shape. */
  readStream(streamId: string): Promise<ReadStreamResult>;
  /**
   * Outbox: about `limit` unpublished commits (more only to bring a stream's earlier ones along);
   * for each stream a gapless run from its oldest unpublished commit, in version order.
   */
  unpublished(limit: number): Promise<Commit[]>;
  markPublished(commits: readonly Pick<Commit, 'streamId' | 'fromVersion'>[]): Promise<void>;
  /** Every commit in store order (rebuilds, AsyncAPI examples, tests). */
  readAll(): AsyncIterable<EventEnvelope>;
  /** Is the backing storage answering? (`/health/ready`) */
  ping(): Promise<void>;
  close(): Promise<void>;
}
