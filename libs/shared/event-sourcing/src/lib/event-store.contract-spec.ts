import { type Aggregate, DomainError } from '@sales/shared/domain';
import { ConcurrencyConflictError, handleCommand } from './command-handler';
import type { EventEnvelope, EventMetadata } from './event-envelope';
import { type Commit, type EventStore, type NewEvent, WrongExpectedVersionError } from './event-store.port';
import { storeWith } from './store-with';
import type { Upcaster } from './upcasting';

/** One isolated storage (a database prefix, a directory); every `open` sees the same data. */
export type EventStoreHarness = {
  open(options?: { upcasters?: readonly Upcaster[] }): Promise<EventStore>;
  /** The events of a stream exactly as persisted, bypassing upcasting. */
  storedEvents(streamId: string): Promise<Array<{ type: string; schemaVersion: number; data: unknown }>>;
  dispose(): Promise<void>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const metadata: EventMetadata = {
  actor: { userId: 'u-7', role: 'salesperson', divisionId: 'd-1' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

const added = (by: number): NewEvent => ({ type: 'Added', data: { by } });

type Counter = { value: number };
type Increment = { type: 'Increment'; data: { by: number } };
type Incremented = { type: 'Added'; data: { by: number } };

const counter: Aggregate<Counter, Increment, Incremented> = {
  publish: (event) => [{ type: event.type, schemaVersion: 1, data: event.data }],
  initialState: () => ({ value: 0 }),
  evolve: (state, event) => ({ value: state.value + event.data.by }),
  decide: (command) => [{ type: 'Added', data: { by: command.data.by } }],
};

async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  return {
    fulfilled: results
      .filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled')
      .map((r) => r.value),
    rejected: results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as unknown),
  };
}

/** Holds every append until `reads` stream reads happened, so concurrent commands surely collide. */
function afterReads(store: EventStore, reads: number): EventStore {
  let seen = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return storeWith(store, {
    readStream: async (streamId) => {
      const result = await store.readStream(streamId);
      if (++seen === reads) release();
      return result;
    },
    append: async (request) => {
      await released;
      return store.append(request);
    },
  });
}

/** The outbox read as stream → fromVersions in the order handed out (order across streams is free). */
function perStream(commits: readonly Commit[]): Record<string, number[]> {
  const runs: Record<string, number[]> = {};
  for (const { streamId, fromVersion } of commits) (runs[streamId] ??= []).push(fromVersion);
  return runs;
}

async function collect(iterable: AsyncIterable<EventEnvelope>): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

/** The behaviour every EventStore adapter must show (ARCHITECTURE.md §2). */
export function describeEventStoreContract(name: string, factory: () => Promise<EventStoreHarness>): void {
  describe(`EventStore contract: ${name}`, () => {
    let harness: EventStoreHarness;
    const open: EventStore[] = [];

    async function openStore(options?: { upcasters?: readonly Upcaster[] }): Promise<EventStore> {
      const store = await harness.open(options);
      open.push(store);
      return store;
    }

    async function closeStore(store: EventStore): Promise<void> {
      open.splice(open.indexOf(store), 1);
      await store.close();
    }

    beforeEach(async () => {
      harness = await factory();
    });

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
      await harness.dispose();
    });

    it('round-trips every envelope field with gapless versions from 1', async () => {
      const store = await openStore();
      const first = await store.append({
        streamId: 'c-1',
        expectedVersion: 0,
        events: [added(1), added(2)],
        metadata,
      });
      const second = await store.append({
        streamId: 'c-1',
        expectedVersion: 2,
        events: [
          { type: 'Renamed', data: { name: '合同 A', nested: { tags: ['x', 'y'] } }, schemaVersion: 3 },
        ],
        metadata: { actor: { userId: 'u-8', role: 'vp' }, correlationId: 'corr-2' },
      });
      expect(first.nextExpectedVersion).toBe(2);
      expect(second.nextExpectedVersion).toBe(3);

      const { version, events } = await store.readStream('c-1');
      expect(version).toBe(3);
      expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
      expect(events).toEqual([...first.events, ...second.events]);
      expect(new Set(events.map((e) => e.id)).size).toBe(3);
      for (const event of events) {
        expect(event.id).toMatch(UUID);
        expect(event.time).toMatch(ISO_WITH_ZONE);
        expect(event.context).toBe(store.context);
        expect(event.streamId).toBe('c-1');
      }
      expect(events[0]).toMatchObject({ type: 'Added', schemaVersion: 1, data: { by: 1 }, ...metadata });
      expect(events[2]).toEqual({
        id: events[2].id,
        context: store.context,
        streamId: 'c-1',
        version: 3,
        type: 'Renamed',
        schemaVersion: 3,
        data: { name: '合同 A', nested: { tags: ['x', 'y'] } },
        time: events[2].time,
        actor: { userId: 'u-8', role: 'vp' },
        correlationId: 'corr-2',
      });
    });

    it('keeps the id of a copied event and gives the others their own', async () => {
      const store = await openStore();
      await store.append({
        streamId: 'copy',
        expectedVersion: 0,
        events: [{ ...added(1), id: 'upstream-1' }, added(2)],
        metadata,
      });
      const [copied, own] = (await store.readStream('copy')).events;
      expect(copied.id).toBe('upstream-1');
      expect(own.id).toMatch(UUID);
    });

    it("stores the published events in the commit, on the stream's own published sequence", async () => {
      let store = await openStore();
      const published = (n: number): NewEvent => ({ type: 'Totalled', schemaVersion: 2, data: { n } });
      // Commit 1 publishes one event, commit 2 none (internal only), commit 3 two.
      const first = await store.append({
        streamId: 'pub',
        expectedVersion: 0,
        events: [added(1), added(2)],
        published: { expectedVersion: 0, events: [published(1)] },
        metadata,
      });
      expect(first.published.map((e) => [e.type, e.version, e.schemaVersion])).toEqual([['Totalled', 1, 2]]);
      expect(first.published[0]).toMatchObject({
        context: store.context,
        streamId: 'pub',
        actor: metadata.actor,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
      });
      expect(first.published[0].id).toMatch(UUID);
      expect(first.published[0].id).not.toBe(first.events[0].id);
      await store.append({ streamId: 'pub', expectedVersion: 2, events: [added(3)], metadata });
      let read = await store.readStream('pub');
      expect([read.version, read.publishedVersion]).toEqual([3, 1]);
      await store.append({
        streamId: 'pub',
        expectedVersion: read.version,
        events: [added(4)],
        published: { expectedVersion: read.publishedVersion, events: [published(2), published(3)] },
        metadata,
      });
      read = await store.readStream('pub');
      expect([read.version, read.publishedVersion]).toEqual([4, 3]);
      await closeStore(store);
      // A fresh instance (no cache) finds the same published version in storage.
      store = await openStore();
      read = await store.readStream('pub');
      expect([read.version, read.publishedVersion]).toEqual([4, 3]);
      // Internal events are never mixed into the published ones, or the other way round.
      expect(read.events.map((e) => e.type)).toEqual(['Added', 'Added', 'Added', 'Added']);

      const outbox = (await store.unpublished(10)).filter((c) => c.streamId === 'pub');
      expect(outbox.map((c) => [c.fromVersion, c.published.map((e) => e.version)])).toEqual([
        [0, [1]],
        [2, []],
        [3, [2, 3]],
      ]);
      const all = (await collect(store.readPublished())).filter((e) => e.streamId === 'pub');
      expect(all.map((e) => [e.type, e.version, e.data])).toEqual([
        ['Totalled', 1, { n: 1 }],
        ['Totalled', 2, { n: 2 }],
        ['Totalled', 3, { n: 3 }],
      ]);
    });

    it('refuses a published event without a type or a schema version', async () => {
      const store = await openStore();
      for (const event of [
        { type: '', schemaVersion: 1, data: {} },
        { type: 'Totalled', data: {} },
        { type: 'Totalled', schemaVersion: 0, data: {} },
      ]) {
        await expect(
          store.append({
            streamId: 'bad-pub',
            expectedVersion: 0,
            events: [added(1)],
            published: { expectedVersion: 0, events: [event] },
            metadata,
          }),
        ).rejects.toMatchObject({ code: 'invalid-append-request' });
      }
      expect((await store.readStream('bad-pub')).version).toBe(0);
    });

    it('reads an unknown stream as empty at version 0', async () => {
      const store = await openStore();
      expect(await store.readStream('nobody')).toEqual({ version: 0, events: [], publishedVersion: 0 });
    });

    it('rejects a stale expected version and writes nothing', async () => {
      const store = await openStore();
      await store.append({ streamId: 's', expectedVersion: 0, events: [added(1)], metadata });
      await store.append({ streamId: 's', expectedVersion: 1, events: [added(1)], metadata });
      const error = await store
        .append({ streamId: 's', expectedVersion: 1, events: [added(5), added(6)], metadata })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ code: 'wrong-expected-version', streamId: 's', expectedVersion: 1 });
      const { version, events } = await store.readStream('s');
      expect(version).toBe(2);
      expect(events.map((e) => e.data)).toEqual([{ by: 1 }, { by: 1 }]);
    });

    it('rejects a version from the future, so a commit never skips versions', async () => {
      const store = await openStore();
      await expect(
        store.append({ streamId: 'f', expectedVersion: 3, events: [added(1)], metadata }),
      ).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await store.append({ streamId: 'f', expectedVersion: 0, events: [added(1)], metadata });
      await expect(
        store.append({ streamId: 'f', expectedVersion: 2, events: [added(1)], metadata }),
      ).rejects.toMatchObject({
        code: 'wrong-expected-version',
        expectedVersion: 2,
        actualVersion: 1,
      });
      expect((await store.readStream('f')).events.map((e) => e.version)).toEqual([1]);
    });

    it('refuses malformed appends before touching storage', async () => {
      const store = await openStore();
      await expect(
        store.append({ streamId: 'm', expectedVersion: 0, events: [], metadata }),
      ).rejects.toMatchObject({
        code: 'invalid-append-request',
      });
      await expect(
        store.append({ streamId: 'm', expectedVersion: -1, events: [added(1)], metadata }),
      ).rejects.toMatchObject({
        code: 'invalid-append-request',
      });
      await expect(
        store.append({ streamId: '', expectedVersion: 0, events: [added(1)], metadata }),
      ).rejects.toMatchObject({
        code: 'invalid-append-request',
      });
      expect(await store.readStream('m')).toEqual({ version: 0, events: [], publishedVersion: 0 });
    });

    it('makes a multi-event commit visible all at once or not at all', async () => {
      const store = await openStore();
      const events = Array.from({ length: 5 }, (_, i) => added(i));
      const append = store.append({ streamId: 'atomic', expectedVersion: 0, events, metadata });
      const seen: number[] = [];
      let done = false;
      void append.finally(() => (done = true));
      while (!done) {
        seen.push((await store.readStream('atomic')).events.length);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await append;
      seen.push((await store.readStream('atomic')).events.length);
      expect(seen.every((n) => n === 0 || n === 5)).toBe(true);
      expect(seen[seen.length - 1]).toBe(5);

      const failed = await store
        .append({ streamId: 'atomic', expectedVersion: 0, events: [added(7), added(8), added(9)], metadata })
        .catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(WrongExpectedVersionError);
      expect((await store.readStream('atomic')).version).toBe(5);
    });

    it('lets exactly one of 50 concurrent appends at the same version win; versions stay gapless', async () => {
      const store = await openStore();
      await store.append({ streamId: 'race', expectedVersion: 0, events: [added(1)], metadata });
      const { fulfilled, rejected } = await settle(
        Array.from({ length: 50 }, (_, i) =>
          store.append({
            streamId: 'race',
            expectedVersion: 1,
            events: [added(100 + i), added(200 + i)],
            metadata,
          }),
        ),
      );
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(49);
      for (const error of rejected) expect(error).toBeInstanceOf(WrongExpectedVersionError);
      const { version, events } = await store.readStream('race');
      expect(version).toBe(3);
      expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
      expect(events.slice(1)).toEqual(fulfilled[0].events);
    });

    it('lets concurrent commands retry onto the latest state without losing an update', async () => {
      const store = afterReads(await openStore(), 20);
      // A command fails an attempt only when another one committed during it, so 19 retries
      // are enough for all 20 to land.
      const { fulfilled, rejected } = await settle(
        Array.from({ length: 20 }, () =>
          handleCommand({
            store,
            decider: counter,
            streamId: 'counter',
            command: { type: 'Increment', data: { by: 1 } },
            metadata,
            retries: 19,
            backoffMs: 1,
          }),
        ),
      );
      expect(rejected).toEqual([]);
      expect(fulfilled.map((r) => r.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      const { version, events } = await store.readStream('counter');
      expect(version).toBe(20);
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('ends commands that run out of retries in a clean conflict, never a lost update', async () => {
      const store = afterReads(await openStore(), 20);
      const { fulfilled, rejected } = await settle(
        Array.from({ length: 20 }, () =>
          handleCommand({
            store,
            decider: counter,
            streamId: 'tight',
            command: { type: 'Increment', data: { by: 1 } },
            metadata,
            retries: 0,
          }),
        ),
      );
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(19);
      for (const error of rejected) {
        expect(error).toBeInstanceOf(ConcurrencyConflictError);
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({
          code: 'concurrency-conflict',
          details: { streamId: 'tight', attempts: 1 },
        });
      }
      const { version, events } = await store.readStream('tight');
      expect(events.reduce((sum, e) => sum + (e.data as { by: number }).by, 0)).toBe(fulfilled.length);
      expect(version).toBe(1);
    });

    it('keeps independent streams from conflicting', async () => {
      const store = await openStore();
      const { fulfilled, rejected } = await settle(
        Array.from({ length: 30 }, (_, i) =>
          store.append({ streamId: `own-${i}`, expectedVersion: 0, events: [added(i)], metadata }),
        ),
      );
      expect(rejected).toEqual([]);
      expect(fulfilled.every((r) => r.nextExpectedVersion === 1)).toBe(true);
      for (let i = 0; i < 30; i++)
        expect((await store.readStream(`own-${i}`)).events[0].data).toEqual({ by: i });
    });

    it('serves the outbox per stream in version order and remembers marks across reopen', async () => {
      const store = await openStore();
      await store.append({ streamId: 'b', expectedVersion: 0, events: [added(1)], metadata });
      await store.append({ streamId: 'a', expectedVersion: 0, events: [added(1), added(2)], metadata });
      await store.append({ streamId: 'b', expectedVersion: 1, events: [added(3)], metadata });
      await store.append({ streamId: 'c', expectedVersion: 0, events: [added(4)], metadata });
      await store.append({ streamId: 'a', expectedVersion: 2, events: [added(5)], metadata });

      const all = await store.unpublished(100);
      expect(perStream(all)).toEqual({
        a: [0, 2],
        b: [0, 1],
        c: [0],
      });
      expect(all.find((c) => c.streamId === 'a')!.events.map((e) => e.version)).toEqual([1, 2]);
      expect(all[0].committedAt).toMatch(ISO_WITH_ZONE);

      // The limit counts commits; each stream's share is a gapless run from its oldest one.
      const oldest = await store.unpublished(1);
      expect(oldest.map((c) => [c.streamId, c.fromVersion])).toEqual([['b', 0]]);
      expect(perStream(await store.unpublished(3))).toEqual({ a: [0], b: [0, 1] });
      expect(await store.unpublished(0)).toEqual([]);

      await store.markPublished(oldest);
      await store.markPublished([
        { streamId: 'b', fromVersion: 0 },
        { streamId: 'b', fromVersion: 1 },
        { streamId: 'zzz', fromVersion: 9 },
      ]);
      expect(perStream(await store.unpublished(100))).toEqual({ a: [0, 2], c: [0] });
      await store.markPublished([{ streamId: 'a', fromVersion: 0 }]);
      await closeStore(store);

      const reopened = await openStore();
      expect(perStream(await reopened.unpublished(100))).toEqual({ a: [2], c: [0] });
      expect((await reopened.readStream('b')).version).toBe(2);
      await reopened.markPublished(await reopened.unpublished(100));
      expect(await reopened.unpublished(100)).toEqual([]);
    });

    it('upcasts old shapes on every read path without rewriting history', async () => {
      const v1 = await openStore();
      await v1.append({
        streamId: 'u',
        expectedVersion: 0,
        events: [{ type: 'Priced', data: { amount: 1250 } }],
        metadata,
      });
      await closeStore(v1);

      const upcasters: Upcaster[] = [
        {
          type: 'Priced',
          fromSchemaVersion: 1,
          upcast: (data) => ({ amount: String((data as { amount: number }).amount), currency: 'CNY' }),
        },
      ];
      const v2 = await openStore({ upcasters });
      const current = { amount: '1250', currency: 'CNY' };
      const read = await v2.readStream('u');
      expect(read.events[0]).toMatchObject({ schemaVersion: 2, data: current });
      expect((await v2.unpublished(10))[0].events[0]).toMatchObject({ schemaVersion: 2, data: current });
      expect((await collect(v2.readAll()))[0]).toMatchObject({ schemaVersion: 2, data: current });

      // New events are written in the current shape and version, so they are not upcast twice.
      const appended = await v2.append({
        streamId: 'u',
        expectedVersion: 1,
        events: [{ type: 'Priced', data: { amount: '99', currency: 'USD' } }],
        metadata,
      });
      expect(appended.events[0]).toMatchObject({ schemaVersion: 2, data: { amount: '99', currency: 'USD' } });
      expect((await v2.readStream('u')).events[1]).toMatchObject({
        schemaVersion: 2,
        data: { amount: '99', currency: 'USD' },
      });

      expect(await harness.storedEvents('u')).toEqual([
        { type: 'Priced', schemaVersion: 1, data: { amount: 1250 } },
        { type: 'Priced', schemaVersion: 2, data: { amount: '99', currency: 'USD' } },
      ]);
    });

    it('reads all commits in store order', async () => {
      const store = await openStore();
      await store.append({ streamId: 'x', expectedVersion: 0, events: [added(1)], metadata });
      await store.append({ streamId: 'y', expectedVersion: 0, events: [added(2), added(3)], metadata });
      await store.append({ streamId: 'x', expectedVersion: 1, events: [added(4)], metadata });
      const events = await collect(store.readAll());
      expect(events.map((e) => [e.streamId, e.version, (e.data as { by: number }).by])).toEqual([
        ['x', 1, 1],
        ['y', 1, 2],
        ['y', 2, 3],
        ['x', 2, 4],
      ]);
    });

    it('answers ping while open', async () => {
      const store = await openStore();
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
