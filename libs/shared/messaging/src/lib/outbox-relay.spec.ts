import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FileEventStore,
  NO_STREAM,
  type EventEnvelope,
  type EventStore,
  storeWith,
} from '@sales/shared/event-sourcing';
import type { EventBus } from './event-bus.port';
import { InProcessEventBus } from './in-process-event-bus';
import { OutboxRelay } from './outbox-relay';
import { publishingAsIs } from '@sales/shared/testing';

const TOPIC = 'sales.contracts.events';
const metadata = { actor: { userId: 'u-1', role: 'sales_admin' as const }, correlationId: 'c-1' };

async function appendCommits(store: EventStore, streams: number, commitsPerStream: number): Promise<void> {
  for (let commit = 0; commit < commitsPerStream; commit++) {
    for (let s = 0; s < streams; s++) {
      await store.append(
        publishingAsIs({
          streamId: `contract-${s}`,
          expectedVersion: commit === 0 ? NO_STREAM : commit,
          events: [{ type: 'ContractAmended', data: { commit } }],
          metadata,
        }),
      );
    }
  }
}

function collect(bus: EventBus, groupId = 'test'): EventEnvelope[] {
  const seen: EventEnvelope[] = [];
  void bus.subscribe({ groupId, topics: [TOPIC], handle: async (event) => void seen.push(event) });
  return seen;
}

async function eventually(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A bus whose broker is down until `up` is set. */
class FlakyBus extends InProcessEventBus {
  up = false;
  override async publish(topic: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.up) throw Object.assign(new Error('broker unreachable'), { code: 'broker-down' });
    return super.publish(topic, events);
  }
}

describe('OutboxRelay', () => {
  let dir: string;
  let store: FileEventStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-relay-'));
    store = await FileEventStore.open(dir, 'contracts');
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('flush() publishes every commit, stream by stream in version order, and marks them published', async () => {
    await appendCommits(store, 4, 6);
    const bus = new InProcessEventBus();
    const seen = collect(bus);
    const relay = new OutboxRelay({ store, bus, topic: TOPIC, batchSize: 3 });

    expect(await relay.flush()).toBe(24);
    await eventually('24 deliveries', () => seen.length === 24);

    expect(await store.unpublished(100)).toEqual([]);
    for (let s = 0; s < 4; s++) {
      expect(seen.filter((e) => e.streamId === `contract-${s}`).map((e) => e.version)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
    }
    expect(await relay.flush()).toBe(0);
    await bus.close();
  });

  it('publishes right after notify(), long before the next poll', async () => {
    const bus = new InProcessEventBus();
    const seen = collect(bus);
    const relay = new OutboxRelay({ store, bus, topic: TOPIC, pollIntervalMs: 60_000 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await appendCommits(store, 1, 1);
    relay.notify();
    await eventually('the notified commit', () => seen.length === 1);

    await relay.stop();
    await bus.close();
  });

  it('keeps commits in the outbox while the bus fails, reports the error, and publishes once it is back', async () => {
    await appendCommits(store, 2, 2);
    const bus = new FlakyBus();
    const seen = collect(bus);
    const errors: unknown[] = [];
    const relay = new OutboxRelay({
      store,
      bus,
      topic: TOPIC,
      pollIntervalMs: 10,
      onError: (error) => errors.push(error),
    });
    relay.start();
    await eventually('a reported failure', () => errors.length >= 2);
    expect(errors[0]).toMatchObject({ code: 'broker-down' });
    expect((await store.unpublished(100)).length).toBe(4);

    bus.up = true;
    await eventually('the outbox to drain', async () => (await store.unpublished(100)).length === 0);
    await relay.stop();
    await eventually('4 deliveries', () => seen.length === 4);
    await bus.close();
  });

  it('stop() lets the round in progress publish and mark before returning', async () => {
    await appendCommits(store, 3, 1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bus = new InProcessEventBus();
    const slowBus: EventBus = {
      publish: async (topic, events) => {
        await gate;
        return bus.publish(topic, events);
      },
      subscribe: (s) => bus.subscribe(s),
      subscribeBatches: (s) => bus.subscribeBatches(s),
      ping: () => bus.ping(),
      close: () => bus.close(),
    };
    const relay = new OutboxRelay({ store, bus: slowBus, topic: TOPIC, pollIntervalMs: 10 });
    relay.start();
    await new Promise((resolve) => setTimeout(resolve, 20));

    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(await store.unpublished(100)).toEqual([]);
    await bus.close();
  });

  it('serialises flush() with the running loop, so no commit is published twice by one relay', async () => {
    await appendCommits(store, 5, 4);
    const published: string[] = [];
    const bus = new InProcessEventBus();
    const countingBus: EventBus = {
      publish: async (topic, events) => {
        published.push(...events.map((e) => e.id));
        await new Promise((resolve) => setTimeout(resolve, 1));
        return bus.publish(topic, events);
      },
      subscribe: (s) => bus.subscribe(s),
      subscribeBatches: (s) => bus.subscribeBatches(s),
      ping: () => bus.ping(),
      close: () => bus.close(),
    };
    const relay = new OutboxRelay({ store, bus: countingBus, topic: TOPIC, batchSize: 1, pollIntervalMs: 1 });
    relay.start();
    await Promise.all([relay.flush(), relay.flush()]);
    await relay.stop();

    expect(published).toHaveLength(20);
    expect(new Set(published).size).toBe(20);
    await bus.close();
  });

  describe('pipelined passes', () => {
    /** The store with a log of calls, and marks that wait until released. */
    function observed(inner: EventStore) {
      const log: string[] = [];
      let releaseMarks: (() => void) | undefined;
      let marksHeld: Promise<void> | undefined;
      const store = storeWith(inner, {
        unpublished: async (limit, read) => {
          log.push('read');
          return inner.unpublished(limit, read);
        },
        markPublished: async (commits) => {
          log.push('mark');
          await marksHeld;
          return inner.markPublished(commits);
        },
      });
      return {
        store,
        log,
        holdMarks: () => (marksHeld = new Promise<void>((resolve) => (releaseMarks = resolve))),
        releaseMarks: () => releaseMarks?.(),
      };
    }

    it('reads the next batch while publishing this one, and never hands out an unmarked commit twice', async () => {
      await appendCommits(store, 5, 4);
      const spy = observed(store);
      const published: EventEnvelope[][] = [];
      const bus = new InProcessEventBus();
      const slowBus: EventBus = {
        publish: async (topic, events) => {
          spy.log.push('publish');
          published.push([...events]);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return bus.publish(topic, events);
        },
        subscribe: (subscription) => bus.subscribe(subscription),
        subscribeBatches: (subscription) => bus.subscribeBatches(subscription),
        ping: () => bus.ping(),
        close: () => bus.close(),
      };
      spy.holdMarks();
      const relay = new OutboxRelay({ store: spy.store, bus: slowBus, topic: TOPIC, batchSize: 4 });
      const flushed = relay.flush();
      await eventually('the second publish while the first mark is held', () => published.length === 2);
      spy.releaseMarks();
      expect(await flushed).toBe(20);

      // The second read was issued before the first publish finished (read-ahead).
      expect(spy.log.slice(0, 3)).toEqual(['read', 'read', 'publish']);
      const ids = published.flat().map((e) => e.id);
      expect(new Set(ids).size).toBe(20);
      expect(ids).toHaveLength(20);
      for (let s = 0; s < 5; s++) {
        const versions = published
          .flat()
          .filter((e) => e.streamId === `contract-${s}`)
          .map((e) => e.version);
        expect(versions).toEqual([1, 2, 3, 4]);
      }
      expect(await store.unpublished(100)).toEqual([]);
      await bus.close();
    });

    it('stops a pass at a failed mark; the next pass republishes from the first unmarked commit, in order', async () => {
      await appendCommits(store, 2, 6);
      const bus = new InProcessEventBus();
      const seen = collect(bus);
      let marks = 0;
      const failingSecondMark = storeWith(store, {
        markPublished: async (commits) => {
          if (++marks === 2) throw new Error('database went away');
          return store.markPublished(commits);
        },
      });
      const relay = new OutboxRelay({ store: failingSecondMark, bus, topic: TOPIC, batchSize: 3 });
      await expect(relay.flush()).rejects.toThrow('database went away');
      expect((await store.unpublished(100)).length).toBeGreaterThan(0);
      await relay.flush();
      expect(await store.unpublished(100)).toEqual([]);
      await eventually('every event', () => new Set(seen.map((e) => e.id)).size === 12);
      for (let s = 0; s < 2; s++) {
        const firstSeen = [
          ...new Set(seen.filter((e) => e.streamId === `contract-${s}`).map((e) => e.version)),
        ];
        expect(firstSeen).toEqual([1, 2, 3, 4, 5, 6]);
      }
      await bus.close();
    });
  });
});
