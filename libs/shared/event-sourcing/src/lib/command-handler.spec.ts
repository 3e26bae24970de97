import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Aggregate, DomainError, assertNever } from '@sales/shared/domain';
import { ConcurrencyConflictError, handleCommand } from './command-handler';
import type { EventMetadata } from './event-envelope';
import type { AppendRequest, EventStore } from './event-store.port';
import { storeWith } from './store-with';
import { FileEventStore } from './file-event-store';

type Counter = { value: number };
type CounterCommand = { type: 'Increment'; data: { by: number } };
type CounterEvent = { type: 'Incremented'; data: { by: number } };

/** Counts up to 10; incrementing by 0 changes nothing and so records nothing. */
/** Publishes only reaching the limit, with the value from the state (internal steps stay inside). */
const counter: Aggregate<Counter, CounterCommand, CounterEvent> = {
  publish: (_event, state) =>
    state.value === 10 ? [{ type: 'CounterFull', schemaVersion: 2, data: { value: state.value } }] : [],
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => ({ value: state.value + event.data.by }),
  decide: (command, state) => {
    switch (command.type) {
      case 'Increment':
        if (command.data.by === 0) return [];
        if (state.value + command.data.by > 10)
          throw new DomainError('counter-over-limit', { value: state.value });
        return [{ type: 'Incremented', data: { by: command.data.by } }];
      default:
        return assertNever(command.type);
    }
  },
};

const metadata: EventMetadata = {
  actor: { userId: 'u-3', role: 'finance' },
  correlationId: 'corr-9',
  causationId: 'evt-1',
};
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by } });

/** Another writer that gets in first on the given attempts (1-based) of the command's append. */
function contendedBy(
  store: EventStore,
  attempts: (attempt: number) => boolean,
): EventStore & { attempts: number } {
  let count = 0;
  const contended = storeWith(store, {
    append: async (request: AppendRequest) => {
      count += 1;
      if (attempts(count)) {
        const { version } = await store.readStream(request.streamId);
        await store.append({
          streamId: request.streamId,
          expectedVersion: version,
          events: [{ type: 'Incremented', data: { by: 1 } }],
          metadata: { ...metadata, correlationId: 'other' },
        });
      }
      return store.append(request);
    },
  });
  return Object.defineProperty(contended, 'attempts', { get: () => count }) as EventStore & {
    attempts: number;
  };
}

describe('handleCommand', () => {
  let dir: string;
  let store: FileEventStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'command-handler-'));
    store = await FileEventStore.open(dir, 'appraisal');
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads, decides and appends at the version it decided on', async () => {
    await handleCommand({ store, decider: counter, streamId: 'c', command: increment(2), metadata });
    const result = await handleCommand({
      store,
      decider: counter,
      streamId: 'c',
      command: increment(3),
      metadata,
    });
    expect(result.version).toBe(2);
    expect(result.state).toEqual({ value: 5 });
    expect(result.events).toEqual([
      expect.objectContaining({
        type: 'Incremented',
        data: { by: 3 },
        version: 2,
        context: 'appraisal',
        ...metadata,
      }),
    ]);
    expect((await store.readStream('c')).events).toEqual([expect.anything(), result.events[0]]);
  });

  it('writes what the publication makes of the decided events into the same commit', async () => {
    const run = (by: number) =>
      handleCommand({ store, decider: counter, streamId: 'c', command: increment(by), metadata });
    // Steps below the limit stay internal: the commits publish nothing.
    expect((await run(4)).published).toEqual([]);
    expect((await run(5)).published).toEqual([]);
    // Reaching the limit publishes one event, enriched with the state after it, numbered 1 on the
    // stream's published sequence although it is the stream's third event.
    const full = await run(1);
    expect(full.published).toEqual([
      expect.objectContaining({ type: 'CounterFull', schemaVersion: 2, version: 1, data: { value: 10 } }),
    ]);
    const read = await store.readStream('c');
    expect([read.version, read.publishedVersion]).toEqual([3, 1]);
    const outbox = await store.unpublished(10);
    expect(outbox.map((c) => c.published.map((e) => e.type))).toEqual([[], [], ['CounterFull']]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    await handleCommand({ store, decider: counter, streamId: 'c', command: increment(4), metadata });
    const result = await handleCommand({
      store,
      decider: counter,
      streamId: 'c',
      command: increment(0),
      metadata,
    });
    expect(result).toEqual({ events: [], published: [], version: 1, state: { value: 4 }, attempts: 1 });
    expect((await store.readStream('c')).version).toBe(1);
    expect(await store.unpublished(10)).toHaveLength(1);
  });

  it('lets a DomainError through unchanged and appends nothing', async () => {
    await handleCommand({ store, decider: counter, streamId: 'c', command: increment(9), metadata });
    const error = await handleCommand({
      store,
      decider: counter,
      streamId: 'c',
      command: increment(2),
      metadata,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).not.toBeInstanceOf(ConcurrencyConflictError);
    expect(error).toMatchObject({ code: 'counter-over-limit', details: { value: 9 } });
    expect((await store.readStream('c')).version).toBe(1);
  });

  it('decides again on the fresh state after losing a race', async () => {
    const contended = contendedBy(store, (attempt) => attempt === 1);
    const retries: number[] = [];
    const result = await handleCommand({
      store: contended,
      decider: counter,
      streamId: 'c',
      command: increment(5),
      metadata,
      backoffMs: 1,
      onRetry: (retry) => retries.push(retry),
    });
    expect(contended.attempts).toBe(2);
    expect(result.attempts).toBe(2);
    expect(retries).toEqual([1]);
    expect(result.version).toBe(2);
    expect(result.state).toEqual({ value: 6 });
    expect((await store.readStream('c')).events.map((e) => [e.correlationId, e.data])).toEqual([
      ['other', { by: 1 }],
      ['corr-9', { by: 5 }],
    ]);
  });

  it('re-checks the business rule on retry instead of forcing the first decision through', async () => {
    await handleCommand({ store, decider: counter, streamId: 'c', command: increment(9), metadata });
    const contended = contendedBy(store, (attempt) => attempt === 1);
    await expect(
      handleCommand({
        store: contended,
        decider: counter,
        streamId: 'c',
        command: increment(1),
        metadata,
        backoffMs: 1,
      }),
    ).rejects.toMatchObject({ code: 'counter-over-limit', details: { value: 10 } });
    expect((await store.readStream('c')).version).toBe(2);
  });

  it('gives up with a concurrency conflict after the retries, leaving only the other writer’s events', async () => {
    const contended = contendedBy(store, () => true);
    const retries: number[] = [];
    const error = await handleCommand({
      store: contended,
      decider: counter,
      streamId: 'c',
      command: increment(1),
      metadata,
      retries: 2,
      backoffMs: 1,
      onRetry: (retry) => retries.push(retry),
    }).catch((e: unknown) => e);
    expect(retries).toEqual([1, 2]);
    expect(error).toBeInstanceOf(ConcurrencyConflictError);
    expect(error).toMatchObject({ code: 'concurrency-conflict', details: { streamId: 'c', attempts: 3 } });
    expect(contended.attempts).toBe(3);
    expect((await store.readStream('c')).events.map((e) => e.correlationId)).toEqual([
      'other',
      'other',
      'other',
    ]);
  });

  it('does not retry errors other than a version conflict', async () => {
    const contended = contendedBy(store, () => false);
    await expect(
      handleCommand({ store: contended, decider: counter, streamId: '', command: increment(1), metadata }),
    ).rejects.toMatchObject({
      code: 'invalid-append-request',
    });
    expect(contended.attempts).toBe(1);
  });
});
