import type { EventEnvelope, EventMetadata } from './event-envelope';

/** Version of a stream that does not exist yet. */
export const NO_STREAM = 0;

/**
 * All events of one command, stored as ONE record: atomic without transactions. The record holds
 * the context's internal events and the published (integration) events the context's mapping made
 * of them, so both land together or not at all. The store is also the outbox: a commit is marked
 * once the relay has handed its published events to the bus (at once when it has none).
 */
export type Commit = Readonly<{
  streamId: string;
  /** Stream version before this commit; unique per stream (the optimistic-concurrency guard). */
  fromVersion: number;
  /** The internal events, upcast to their current shape. */
  events: readonly EventEnvelope[];
  /**
   * What the commit publishes, in order: envelopes numbered on the stream's own published
   * sequence (1-based, gapless over the stream's published events), kept in the shape and schema
   * version they were published with (never upcast: subscribers own their upcasting).
   */
  published: readonly EventEnvelope[];
  committedAt: string;
}>;

export type NewEvent = Readonly<{
  type: string;
  data: unknown;
  schemaVersion?: number;
  /** Only for a copy of an event that already has an id (a replica); otherwise the store gives one. */
  id?: string;
}>;

export type AppendRequest = Readonly<{
  streamId: string;
  /** The version the caller's decision was based on (NO_STREAM for a new stream). */
  expectedVersion: number;
  events: readonly NewEvent[];
  /**
   * The published events of this commit (none when omitted), numbered from `expectedVersion` + 1
   * on the stream's published sequence: the `publishedVersion` of the same `readStream` that gave
   * the commit's `expectedVersion` (the commit's own version check makes the pair consistent).
   */
  published?: Readonly<{ expectedVersion: number; events: readonly NewEvent[] }>;
  metadata: EventMetadata;
}>;

export type AppendResult = Readonly<{
  nextExpectedVersion: number;
  events: readonly EventEnvelope[];
  published: readonly EventEnvelope[];
}>;

export type ReadStreamResult = Readonly<{
  version: number;
  events: readonly EventEnvelope[];
  /** Last number on the stream's published sequence (0 when it published nothing yet). */
  publishedVersion: number;
}>;

export type OutboxRead = Readonly<{
  /**
   * `store` (default): what the storage holds, whoever wrote it. `recent`: the commits this
   * instance appended and has not marked, answered from memory where the adapter keeps them (the
   * relay's fast path between periodic `store` reads, which find other writers' commits).
   */
  from?: 'store' | 'recent';
  /**
   * Commits the caller already holds (read, not yet marked published): left out of the answer,
   * and their streams' runs continue right after them.
   */
  excluding?: readonly CommitRange[];
}>;

/** Identifies a commit: its stream and the version it was appended at. */
export type CommitKey = Pick<Commit, 'streamId' | 'fromVersion'>;

/** A commit's key as one string, for maps and sets of commits. */
export function commitKey({ streamId, fromVersion }: CommitKey): string {
  return `${streamId}\u0000${fromVersion}`;
}

/** Which versions a commit holds: fromVersion + 1 … toVersion. */
export type CommitRange = Readonly<{ streamId: string; fromVersion: number; toVersion: number }>;

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
   * Outbox: about `limit` unpublished commits not in `read.excluding` (more only to bring a
   * stream's earlier ones along); for each stream a gapless run, in version order, from its oldest
   * unpublished commit or from right after the excluded ones.
   */
  unpublished(limit: number, read?: OutboxRead): Promise<Commit[]>;
  markPublished(commits: readonly CommitKey[]): Promise<void>;
  /** Every internal event in store order (rebuilds, tests). */
  readAll(): AsyncIterable<EventEnvelope>;
  /** Every published event in store order (replay into a volatile bus, AsyncAPI examples). */
  readPublished(): AsyncIterable<EventEnvelope>;
  /** Is the backing storage answering? (`/health/ready`) */
  ping(): Promise<void>;
  close(): Promise<void>;
}
