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
  committedAt: string;
};

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
  for (const event of events) {
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidAppendRequestError(streamId, 'every event needs a type');
    }
  }
}

/** Gives the events of one command their ids, versions, time and metadata. */
export function createCommitRecord(
  context: string,
  request: AppendRequest,
  schemaVersionOf: (type: string) => number,
  now: Date,
): CommitRecord {
  const time = now.toISOString();
  const { actor, correlationId, causationId, traceparent } = request.metadata;
  const events = request.events.map((event, index): EventEnvelope => {
    const envelope: EventEnvelope = {
      id: event.id ?? randomUUID(),
      context,
      streamId: request.streamId,
      version: request.expectedVersion + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion ?? schemaVersionOf(event.type),
      data: event.data,
      time,
      actor,
      correlationId,
      // Optional fields are left out rather than stored as null, so a read returns what was written.
      ...(causationId === undefined ? {} : { causationId }),
      ...(traceparent === undefined ? {} : { traceparent }),
    };
    return envelope;
  });
  return {
    streamId: request.streamId,
    fromVersion: request.expectedVersion,
    toVersion: request.expectedVersion + events.length,
    events,
    committedAt: time,
  };
}

export function toCommit(record: CommitRecord, upcast: (event: EventEnvelope) => EventEnvelope): Commit {
  return {
    streamId: record.streamId,
    fromVersion: record.fromVersion,
    events: record.events.map(upcast),
    committedAt: record.committedAt,
  };
}
