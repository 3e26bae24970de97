import { randomUUID } from 'node:crypto';
import { MongoEventStore, NO_STREAM, type EventEnvelope } from '@sales/shared/event-sourcing';
import { testMongoUri, uniqueName, publishingAsIs } from '@sales/shared/testing';
import mongoose, { type Connection } from 'mongoose';
import { InProcessEventBus } from './in-process-event-bus';
import { OutboxRelay } from './outbox-relay';

const TOPIC = 'sales.contracts.events';
const metadata = { actor: { userId: 'u-1', role: 'sales_admin' as const }, correlationId: 'c-1' };

async function eventually(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The relay between its fast path (its own store's recent commits) and reads of the whole outbox. */
describe('OutboxRelay over MongoEventStore (real MongoDB-wire server)', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose.createConnection(testMongoUri(uniqueName('relay-mongo'))).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  });

  it("publishes another writer's commits within the store-read interval while its own flow through memory", async () => {
    const own = new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'a_' });
    const other = new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'a_' });
    const bus = new InProcessEventBus();
    const seen: EventEnvelope[] = [];
    await bus.subscribe({ groupId: 'g', topics: [TOPIC], handle: async (event) => void seen.push(event) });
    const relay = new OutboxRelay({
      store: own,
      bus,
      topic: TOPIC,
      batchSize: 10,
      pollIntervalMs: 20,
      storeReadIntervalMs: 300,
    });
    relay.start();
    try {
      const append = (store: MongoEventStore, streamId: string, expectedVersion: number) =>
        store.append(
          publishingAsIs({
            streamId,
            expectedVersion,
            events: [{ type: 'ContractAmended', data: {} }],
            metadata,
          }),
        );
      await append(own, 'mine', NO_STREAM);
      relay.notify();
      await eventually('own commit', () => seen.some((e) => e.streamId === 'mine'));

      // A commit of another process, then one of ours on the same stream: order holds.
      const shared = `shared-${randomUUID()}`;
      await append(other, shared, NO_STREAM);
      await append(own, shared, 1);
      relay.notify();
      await eventually(
        'both commits of the shared stream',
        () => seen.filter((e) => e.streamId === shared).length === 2,
      );
      expect(seen.filter((e) => e.streamId === shared).map((e) => e.version)).toEqual([1, 2]);

      await append(other, 'theirs', NO_STREAM);
      await eventually('the other writer commit', () => seen.some((e) => e.streamId === 'theirs'), 3_000);
    } finally {
      await relay.stop();
      await bus.close();
    }
    expect(await own.unpublished(10)).toEqual([]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
  });
});
