import { testMongoUri, uniqueName } from '@sales/shared/testing';
import mongoose, { type Connection, mongo } from 'mongoose';
import type { EventEnvelope, EventMetadata } from './event-envelope';
import { type EventStoreHarness, describeEventStoreContract } from './event-store.contract-spec';
import { WrongExpectedVersionError } from './event-store.port';
import { MongoEventStore } from './mongo-event-store';

const CONTEXT = 'contracts';
const dbName = uniqueName('es_test');
const mongoUri = testMongoUri(dbName);
let connection: Connection;
const insertCommands: Array<{ collection: string; documents: number }> = [];
const findCommands: Array<{ collection: string; filter: Record<string, unknown> }> = [];
let harnesses = 0;

beforeAll(async () => {
  connection = await mongoose.createConnection(mongoUri, { dbName, monitorCommands: true }).asPromise();
  connection.getClient().on('commandStarted', (event) => {
    if (event.commandName === 'find') {
      findCommands.push({ collection: event.command['find'], filter: event.command['filter'] });
    }
    if (event.commandName === 'insert') {
      insertCommands.push({
        collection: event.command['insert'],
        documents: event.command['documents'].length,
      });
    }
  });
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

async function storedCommits(prefix: string, streamId: string): Promise<any[]> {
  return connection.db!.collection(`${prefix}commits`).find({ streamId }).sort({ fromVersion: 1 }).toArray();
}

describeEventStoreContract(
  'MongoEventStore on the MongoDB-wire server',
  async (): Promise<EventStoreHarness> => {
    const prefix = `h${++harnesses}_`;
    return {
      open: async (options) => {
        const store = new MongoEventStore(connection, {
          context: CONTEXT,
          collectionPrefix: prefix,
          upcasters: options?.upcasters,
        });
        await store.init();
        return store;
      },
      storedEvents: async (streamId) =>
        (await storedCommits(prefix, streamId)).flatMap((commit) =>
          commit.events.map(({ type, schemaVersion, data }: any) => ({ type, schemaVersion, data })),
        ),
      dispose: async () => {
        await connection.db!.dropCollection(`${prefix}commits`).catch(() => undefined);
      },
    };
  },
);

describe('MongoEventStore specifics', () => {
  const metadata: EventMetadata = { actor: { userId: 'u-1', role: 'admin' }, correlationId: 'c-1' };
  let prefix: string;

  beforeEach(() => {
    prefix = `m${++harnesses}_`;
  });

  const racers: Connection[] = [];

  afterEach(async () => {
    await Promise.all(racers.splice(0).map((c) => c.close()));
    await connection.db!.dropCollection(`${prefix}commits`).catch(() => undefined);
  });

  function newStore(): MongoEventStore {
    return new MongoEventStore(connection, { context: CONTEXT, collectionPrefix: prefix });
  }

  it('stores one document per commit under a unique (streamId, fromVersion) index', async () => {
    const store = newStore();
    await store.append({
      streamId: 's',
      expectedVersion: 0,
      events: [
        { type: 'A', data: { n: 1 } },
        { type: 'A', data: { n: 2 } },
      ],
      metadata,
    });
    const [doc] = await storedCommits(prefix, 's');
    expect(doc).toEqual({
      _id: expect.anything(),
      streamId: 's',
      fromVersion: 0,
      toVersion: 2,
      events: [expect.objectContaining({ version: 1 }), expect.objectContaining({ version: 2 })],
      // Published (integration) events travel in the same document: none for this commit.
      publishedEvents: [],
      committedAt: expect.any(String),
      published: false,
    });
    const indexes = await connection.db!.collection(`${prefix}commits`).indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: { streamId: 1, fromVersion: 1 }, unique: true }),
        expect.objectContaining({ key: { streamId: 1, toVersion: 1 }, unique: true }),
        expect.objectContaining({ key: { published: 1, _id: 1 } }),
      ]),
    );
  });

  it('coalesces appends issued together into one insertMany, each caller getting its own outcome', async () => {
    const store = newStore();
    await store.init();
    await store.append({
      streamId: 'taken',
      expectedVersion: 0,
      events: [{ type: 'A', data: {} }],
      metadata,
    });
    const before = insertCommands.length;
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 30 }, (_, i) =>
        store.append({
          streamId: `g-${i}`,
          expectedVersion: 0,
          events: [{ type: 'A', data: { i } }],
          metadata,
        }),
      ),
      store.append({ streamId: 'taken', expectedVersion: 1, events: [{ type: 'A', data: {} }], metadata }),
      store.append({ streamId: 'taken', expectedVersion: 1, events: [{ type: 'A', data: {} }], metadata }),
    ]);
    const inserts = insertCommands.slice(before).filter((c) => c.collection === `${prefix}commits`);
    expect(inserts).toEqual([{ collection: `${prefix}commits`, documents: 31 }]);
    expect(outcomes.slice(0, 31).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[31]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedVersionError) });
    expect((await store.readStream('taken')).version).toBe(2);
  });

  /**
   * `count` writer processes: each its own connection and store. A store's first insert waits
   * until every writer has reached its own, so all of them have passed their own version checks
   * before anything is written and only the unique index can pick the winner.
   */
  async function racingWriters(count: number): Promise<MongoEventStore[]> {
    const barrier = new Barrier(count);
    const stores: MongoEventStore[] = [];
    for (let i = 0; i < count; i++) {
      const own = await mongoose.createConnection(mongoUri, { dbName }).asPromise();
      racers.push(own);
      const store = new MongoEventStore(
        holdFirstInsert(own, () => barrier.arrive()),
        {
          context: CONTEXT,
          collectionPrefix: prefix,
        },
      );
      await store.init();
      stores.push(store);
    }
    return stores;
  }

  it('lets the unique index settle a race between two processes', async () => {
    const [a, b] = await racingWriters(2);
    await newStore().append({
      streamId: 'shared',
      expectedVersion: 0,
      events: [{ type: 'A', data: {} }],
      metadata,
    });
    const outcomes = await Promise.allSettled(
      [a, b].map((store, i) =>
        store.append({
          streamId: 'shared',
          expectedVersion: 1,
          events: [{ type: 'A', data: { by: i } }],
          metadata,
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(
      outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason),
    ).toEqual([expect.any(WrongExpectedVersionError)]);
    expect((await storedCommits(prefix, 'shared')).map((c) => c.fromVersion)).toEqual([0, 1]);
  });

  it('keeps 50 appends from 5 processes at one version to exactly one winner', async () => {
    const stores = await racingWriters(5);
    await newStore().append({
      streamId: 'many',
      expectedVersion: 0,
      events: [{ type: 'A', data: {} }],
      metadata,
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        stores[i % 5].append({
          streamId: 'many',
          expectedVersion: 1,
          events: [{ type: 'A', data: { i } }],
          metadata,
        }),
      ),
    );
    const rejected = outcomes
      .filter((o): o is PromiseRejectedResult => o.status === 'rejected')
      .map((o) => o.reason);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(49);
    for (const reason of rejected) expect(reason).toBeInstanceOf(WrongExpectedVersionError);
    expect((await storedCommits(prefix, 'many')).map((c) => [c.fromVersion, c.toVersion])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('recovers from a stale view of a stream that another process moved on', async () => {
    const a = newStore();
    const b = newStore();
    await a.append({ streamId: 'moved', expectedVersion: 0, events: [{ type: 'A', data: {} }], metadata });
    await b.append({ streamId: 'moved', expectedVersion: 1, events: [{ type: 'A', data: {} }], metadata });
    await expect(
      a.append({ streamId: 'moved', expectedVersion: 1, events: [{ type: 'A', data: {} }], metadata }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(
      a.append({ streamId: 'moved', expectedVersion: 3, events: [{ type: 'A', data: {} }], metadata }),
    ).rejects.toMatchObject({
      actualVersion: 2,
    });
    const { version } = await a.readStream('moved');
    await expect(
      a.append({ streamId: 'moved', expectedVersion: version, events: [{ type: 'A', data: {} }], metadata }),
    ).resolves.toMatchObject({
      nextExpectedVersion: 3,
    });
  });

  it('loads a stream it has seen with one lookup on the unique index, and still sees what others appended', async () => {
    const a = newStore();
    const b = newStore();
    for (let v = 0; v < 3; v++)
      await a.append({
        streamId: 'seen',
        expectedVersion: v,
        events: [{ type: 'A', data: { v } }],
        metadata,
      });
    const before = findCommands.length;
    expect((await a.readStream('seen')).version).toBe(3);
    const warm = findCommands.slice(before).filter((c) => c.collection === `${prefix}commits`);
    expect(warm).toEqual([{ collection: `${prefix}commits`, filter: { streamId: 'seen', fromVersion: 3 } }]);

    // Another process appends more commits than the lookups follow one by one: the tail query.
    for (let v = 3; v < 10; v++)
      await b.append({
        streamId: 'seen',
        expectedVersion: v,
        events: [{ type: 'A', data: { v } }],
        metadata,
      });
    const loaded = await a.readStream('seen');
    expect(loaded.version).toBe(10);
    expect(loaded.events.map((e) => (e.data as { v: number }).v)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(loaded.events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // What a returned stream holds is the caller's: changing it does not change the next load.
    (loaded.events as EventEnvelope[]).splice(0);
    expect((await a.readStream('seen')).events).toHaveLength(10);
  });

  it('never hands out a commit of the outbox before an earlier unpublished one of its stream', async () => {
    const store = newStore();
    await store.init();
    const commits = connection.db!.collection(`${prefix}commits`);
    // Two writer processes in the same second: the later commit got the smaller ObjectId.
    const envelope = (version: number) => ({
      id: `e-${version}`,
      context: CONTEXT,
      streamId: 'x',
      version,
      type: 'A',
      schemaVersion: 1,
      data: {},
      time: new Date().toISOString(),
      ...metadata,
    });
    const record = (fromVersion: number, toVersion: number) => ({
      streamId: 'x',
      fromVersion,
      toVersion,
      published: false,
      committedAt: new Date().toISOString(),
      events: Array.from({ length: toVersion - fromVersion }, (_, i) => envelope(fromVersion + i + 1)),
    });
    await commits.insertOne({ _id: new mongo.ObjectId('000000010000000000000002'), ...record(2, 3) });
    await commits.insertOne({ _id: new mongo.ObjectId('000000010000000000000003'), ...record(3, 4) });
    await commits.insertOne({ _id: new mongo.ObjectId('000000020000000000000000'), ...record(0, 2) });

    const first = await store.unpublished(1);
    expect(first.map((c) => c.fromVersion)).toEqual([0, 2]);
    await store.markPublished(first);
    expect((await store.unpublished(10)).map((c) => c.fromVersion)).toEqual([3]);
    // A commit in the middle published out of turn by an old relay: the run skips it, keeps order.
    await commits.updateOne({ fromVersion: 3 }, { $set: { published: true } });
    expect(await store.unpublished(10)).toEqual([]);
  });

  it("answers a 'recent' outbox read from its own appends without a query, and leaves out commits the caller holds", async () => {
    const own = newStore();
    const other = newStore();
    await own.append({ streamId: 'r', expectedVersion: 0, events: [{ type: 'A', data: {} }], metadata });
    await other.append({ streamId: 'q', expectedVersion: 0, events: [{ type: 'A', data: {} }], metadata });
    await own.append({ streamId: 'r', expectedVersion: 1, events: [{ type: 'A', data: {} }], metadata });

    const before = findCommands.length;
    const recent = await own.unpublished(10, { from: 'recent' });
    expect(recent.map((c) => [c.streamId, c.fromVersion])).toEqual([
      ['r', 0],
      ['r', 1],
    ]);
    expect(findCommands.length).toBe(before);
    // The whole outbox has the other writer's commit too.
    expect((await own.unpublished(10)).map((c) => c.streamId).sort()).toEqual(['q', 'r', 'r']);

    // r@0 is held by the caller (published, not marked): r continues at 1 without looking back.
    const held = { streamId: 'r', fromVersion: 0, toVersion: 1 };
    const afterHeld = findCommands.length;
    expect(
      (await own.unpublished(10, { from: 'recent', excluding: [held] })).map((c) => c.fromVersion),
    ).toEqual([1]);
    expect(findCommands.length).toBe(afterHeld);
    await own.markPublished(recent);
    expect(await own.unpublished(10, { from: 'recent' })).toEqual([]);
    expect((await own.unpublished(10)).map((c) => c.streamId)).toEqual(['q']);
  });

  it('answers ping through the admin command and fails when the connection is gone', async () => {
    const own = await mongoose.createConnection(mongoUri, { dbName }).asPromise();
    const store = new MongoEventStore(own, { context: CONTEXT, collectionPrefix: prefix });
    await expect(store.ping()).resolves.toBeUndefined();
    await own.close();
    await expect(store.ping()).rejects.toThrow();
  });
});

/** Lets `parties` callers through together, once all have arrived; fails loudly if some never do. */
class Barrier {
  private arrived = 0;
  private readonly open: Promise<void>;
  private release!: () => void;

  constructor(
    private readonly parties: number,
    timeoutMs = 10_000,
  ) {
    this.open = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.arrived} of ${parties} writers reached the insert`)),
        timeoutMs,
      );
      this.release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  arrive(): Promise<void> {
    if (++this.arrived === this.parties) this.release();
    return this.open;
  }
}

/**
 * The connection as the store sees it, except that its first insertMany waits for `gate`: the
 * moment after the store's own checks and before the write, where two processes really race.
 */
function holdFirstInsert(connection: Connection, gate: () => Promise<void>): Connection {
  const db = connection.db!;
  let held = false;
  const heldDb: mongo.Db = Object.create(db);
  heldDb.collection = ((name: string) => {
    const collection = db.collection(name);
    const heldCollection: mongo.Collection = Object.create(collection);
    heldCollection.insertMany = (async (...args: Parameters<mongo.Collection['insertMany']>) => {
      if (!held) {
        held = true;
        await gate();
      }
      return collection.insertMany(...args);
    }) as mongo.Collection['insertMany'];
    return heldCollection;
  }) as mongo.Db['collection'];
  return Object.assign(Object.create(connection) as Connection, { db: heldDb });
}
