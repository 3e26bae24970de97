import {
  type Aggregate,
  type Command,
  type DomainEvent,
  DomainError,
  publicationOf,
} from '@sales/shared/domain';
import type { EventEnvelope, EventMetadata } from './event-envelope';
import { type EventStore, WrongExpectedVersionError } from './event-store.port';

/**
 * The stream kept moving while the command was retried: the caller should reload and try again
 * (the HTTP layer answers 409). A DomainError so it travels the same code → status/message path.
 */
export class ConcurrencyConflictError extends DomainError {
  constructor(streamId: string, attempts: number) {
    super(
      'concurrency-conflict',
      { streamId, attempts },
      `stream ${streamId} changed during ${attempts} attempts`,
    );
    this.name = 'ConcurrencyConflictError';
  }
}

/**
 * How hard a command tries after losing an append race to another writer (another process: in
 * one process the executor queues commands per stream, so they do not race).
 */
export type CommandRetryPolicy = Readonly<{
  /** Further attempts after a version conflict; then ConcurrencyConflictError (409). */
  retries: number;
  /** Base of the jittered exponential backoff between attempts. */
  backoffMs: number;
}>;

export type HandleCommandOptions<State, Cmd extends Command, Evt extends DomainEvent> = {
  store: EventStore;
  /** The decider and its publication (what the commit publishes besides its internal events). */
  decider: Aggregate<State, Cmd, Evt>;
  streamId: string;
  command: Cmd;
  metadata: EventMetadata;
  /** Default 10. */
  retries?: number;
  /** Default 5 ms. */
  backoffMs?: number;
  /** Called before each retry (1 for the first), for metrics and logs. */
  onRetry?: (retry: number, conflict: WrongExpectedVersionError) => void;
};

export type HandleCommandResult<State> = Readonly<{
  /** What this command appended; empty when the decider decided nothing should happen. */
  events: readonly EventEnvelope[];
  /** What the commit publishes (the publication of `events`). */
  published: readonly EventEnvelope[];
  /** Stream version after the command. */
  version: number;
  state: State;
  /** Rounds of load → decide → append it took: 1, plus one per lost append race. */
  attempts: number;
}>;

/**
 * Doubling stops after this many retries: the longest wait is 2^6 × backoffMs (× jitter), so a
 * generous retry budget spreads writers out without parking a request for minutes.
 */
const MAX_BACKOFF_DOUBLINGS = 6;

/**
 * load (read the stream, fold with evolve) → decide → publish (map the decided events to published
 * ones) → append both in one commit at the version the decision was based on. A concurrent writer makes the append fail; the command is then decided again on the fresh
 * state, so no update is ever lost — it either lands on the latest state or fails as a conflict.
 */
export async function handleCommand<State, Cmd extends Command, Evt extends DomainEvent>(
  options: HandleCommandOptions<State, Cmd, Evt>,
): Promise<HandleCommandResult<State>> {
  const { store, decider, streamId, command, metadata, retries = 10, backoffMs = 5, onRetry } = options;
  for (let attempt = 0; ; attempt++) {
    const { version, events: history, publishedVersion } = await store.readStream(streamId);
    const state = history.reduce(
      (current, event) => decider.evolve(current, toDomainEvent<Evt>(event)),
      decider.initialState(),
    );
    const decided = decider.decide(command, state);
    if (decided.length === 0) return { events: [], published: [], version, state, attempts: attempt + 1 };
    const after = publicationOf(decider, state, decided);
    try {
      const appended = await store.append({
        streamId,
        expectedVersion: version,
        events: decided,
        published: { expectedVersion: publishedVersion, events: after.published },
        metadata,
      });
      return {
        events: appended.events,
        published: appended.published,
        version: appended.nextExpectedVersion,
        state: after.state,
        attempts: attempt + 1,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= retries) throw new ConcurrencyConflictError(streamId, attempt + 1);
      onRetry?.(attempt + 1, error);
      // Jitter, so writers that collided once do not collide again in step.
      await sleep(backoffMs * 2 ** Math.min(attempt, MAX_BACKOFF_DOUBLINGS) * (0.5 + Math.random()));
    }
  }
}

function toDomainEvent<Evt extends DomainEvent>(envelope: EventEnvelope): Evt {
  return { type: envelope.type, data: envelope.data } as Evt;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
