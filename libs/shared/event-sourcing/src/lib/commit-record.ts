import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from './event-envelope';
import type { AppendRequest, Commit } from './event-store.port';

/** A commit as the adapters persist it (the Mongo document minus `_id` and `published`). */
export type CommitRecord = {
  streamId: string;
  fromVersion: number;
  /** Stream version after the commit: fromVersion + events.length. */
  toVersion: number;
  events: EventEnvelope[];
  /**
   * The published events of the commit, on the stream's published sequence. Absent only in
   * commits written before internal and published events were told apart, which published their
   * events as they were: `publishedEventsOf` reads those as publishing every event.
   */
  publishedEvents?: EventEnvelope[];
  committedAt: string;
};

/** What a commit publishes; a commit from before the split published all of its events. */
export function publishedEventsOf(record: Pick<CommitRecord, 'events' | 'publishedEvents'>): EventEnvelope[] {
  return record.publishedEvents ?? record.events;
}

/** The stream's published version after `record`, given the one before it. */
export function publishedVersionAfter(
  record: Pick<CommitRecord, 'events' | 'publishedEvents'>,
  before: number,
): number {
  return publishedEventsOf(record).at(-1)?.version ?? before;
}

/** The request itself is malformed: a programming error in the caller, never retried. */
export class InvalidAppendRequestError extends Error {
  readonly code = 'invalid-append-request';
  constructor(
    readonly streamId: string,
    reason: string,
  ) {
    super(`stream ${streamId}: ${reason}`);
    this.name = 'InvalidAppendRequestError';
  }
}

export function assertValidAppendRequest(request: AppendRequest): void {
  const { streamId, expectedVersion, events } = request;
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new InvalidAppendRequestError(String(streamId), 'stream id must be a non-empty string');
  }
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw new InvalidAppendRequestError(
      streamId,
      `expected version must be an integer ≥ 0, got ${expectedVersion}`,
    );
  }
  // An empty commit would have toVersion === fromVersion and block the next real commit.
  if (events.length === 0) throw new InvalidAppendRequestError(streamId, 'a commit needs at least one event');
  for (const event of [...events, ...(request.published?.events ?? [])]) {
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidAppendRequestError(streamId, 'every event needs a type');
    }
  }
  const published = request.published;
  if (published && published.events.length > 0) {
    if (!Number.isSafeInteger(published.expectedVersion) || published.expectedVersion < 0) {
      throw new InvalidAppendRequestError(
        streamId,
        `expected published version must be an integer ≥ 0, got ${published.expectedVersion}`,
      );
    }
    for (const event of published.events) {
      if (!Number.isSafeInteger(event.schemaVersion) || (event.schemaVersion ?? 0) < 1) {
        throw new InvalidAppendRequestError(
          streamId,
          `published event ${event.type} needs its schema version`,
        );
      }
    }
  }
}

/**
 * Gives the events of one command their ids, versions, time and metadata: the internal events on
 * the stream's version, the published ones on its published sequence, each published event
 * caused by the commit's first internal event unless the request says otherwise.
 */
export function createCommitRecord(
  context: string,
  request: AppendRequest,
  schemaVersionOf: (type: string) => number,
  now: Date,
): CommitRecord {
  const time = now.toISOString();
  const { actor, correlationId, causationId, traceparent } = request.metadata;
  const envelope = (
    event: AppendRequest['events'][number],
    version: number,
    schemaVersion: number,
    causedBy: string | undefined,
  ): EventEnvelope => ({
    id: event.id ?? randomUUID(),
    context,
    streamId: request.streamId,
    version,
    type: event.type,
    schemaVersion,
    data: event.data,
    time,
    actor,
    correlationId,
    // Optional fields are left out rather than stored as null, so a read returns what was written.
    ...(causedBy === undefined ? {} : { causationId: causedBy }),
    ...(traceparent === undefined ? {} : { traceparent }),
  });
  const events = request.events.map((event, index) =>
    envelope(
      event,
      request.expectedVersion + index + 1,
      event.schemaVersion ?? schemaVersionOf(event.type),
      causationId,
    ),
  );
  const { expectedVersion: publishedFrom = 0, events: toPublish = [] } = request.published ?? {};
  return {
    streamId: request.streamId,
    fromVersion: request.expectedVersion,
    toVersion: request.expectedVersion + events.length,
    events,
    publishedEvents: toPublish.map((event, index) =>
      envelope(event, publishedFrom + index + 1, event.schemaVersion ?? 1, causationId),
    ),
    committedAt: time,
  };
}

export function toCommit(record: CommitRecord, upcast: (event: EventEnvelope) => EventEnvelope): Commit {
  return {
    streamId: record.streamId,
    fromVersion: record.fromVersion,
    events: record.events.map(upcast),
    published: publishedEventsOf(record),
    committedAt: record.committedAt,
  };
}
