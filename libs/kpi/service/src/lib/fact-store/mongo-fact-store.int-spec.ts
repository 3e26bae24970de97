import { performance } from 'node:perf_hooks';
import { testMongoUri, uniqueName } from '@sales/shared/testing';
import mongoose, { type Connection, mongo } from 'mongoose';
import { type FactStoreHarness, describeFactStoreContract, readChanges } from './fact-store.contract-spec';
import { mixedFacts, sale } from './fact-store.fixture';
import { MongoFactStore } from './mongo-fact-store';

const dbName = uniqueName('kpi_facts');
let connection: Connection;
let prefixes = 0;
/** Short, so the specs that wait on a missing batch stay quick. */
const SETTLE_MS = 800;
/** For the contract: no write of a busy CI machine is renumbered. */
const CONTRACT_SETTLE_MS = 5_000;

beforeAll(async () => {
  connection = await mongoose.createConnection(testMongoUri(dbName), { dbName }).asPromise();
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

async function dropPrefixed(prefix: string): Promise<void> {
  const collections = await connection.db!.listCollections({}, { nameOnly: true }).toArray();
  for (const { name } of collections)
    if (name.startsWith(prefix)) await connection.db!.dropCollection(name).catch(() => undefined);
}

describeFactStoreContract(
  'MongoFactStore on the MongoDB-wire server',
  async (): Promise<FactStoreHarness> => {
    const prefix = `c${++prefixes}_`;
    return {
      open: async () =>
        new MongoFactStore(connection, { collectionPrefix: prefix, settleMs: CONTRACT_SETTLE_MS }),
      dispose: () => dropPrefixed(prefix),
    };
  },
);

describe('MongoFactStore specifics', () => {
  let prefix: string;

  beforeEach(() => {
    prefix = `m${++prefixes}_`;
  });

  afterEach(() => dropPrefixed(prefix));

  const newStore = (on: Connection = connection) =>
    new MongoFactStore(on, { collectionPrefix: prefix, settleMs: SETTLE_MS });
  const facts = () => connection.db!.collection(`${prefix}kpi_facts_v1`);

  it('stores a fact under its factId with its batch number, and stores it again without a change', async () => {
    const store = newStore();
    const fact = sale(1);
    await store.upsert(1, [fact, sale(2)]);
    const once = await facts().find({}).sort({ _id: 1 }).toArray();
    expect(once[0]).toEqual({ _id: fact.factId, ...fact, _batch: 1, _hash: expect.any(String) });
    await store.upsert(1, [sale(2), fact]);
    await newStore().upsert(1, [fact]);
    expect(await facts().find({}).sort({ _id: 1 }).toArray()).toEqual(once);
    expect(await facts().indexes()).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: { _batch: 1, _id: 1 } })]),
    );
    const versions = await connection.db!.collection(`${prefix}kpi_fact_versions`).find({}).toArray();
    // Equal facts stored again took no batch number.
    expect(versions).toEqual([
      { _id: 1, state: 'active', createdAt: expect.any(String), activatedAt: expect.any(Date), batches: 1 },
    ]);
  });

  it('holds a reader at a batch whose write is still in flight, then hands it out', async () => {
    const slow = holdBulkWrites(connection);
    const reader = newStore();
    const { cursor } = await readChanges(reader, 1, null);
    const inFlight = newStore(slow.connection).upsert(1, mixedFacts(5));
    await slow.arrived;
    await newStore().upsert(1, mixedFacts(5, 100));
    const during = await readChanges(reader, 1, cursor);
    expect(during.facts).toEqual([]);
    slow.release();
    await inFlight;
    const after = await readChanges(reader, 1, during.cursor);
    expect(after.facts.map((f) => f.factId).sort()).toEqual(
      [...mixedFacts(5), ...mixedFacts(5, 100)].map((f) => f.factId).sort(),
    );
  });

  it('numbers a write again when it took so long that a reader may have gone past it', async () => {
    const slow = holdBulkWrites(connection);
    const reader = newStore();
    const inFlight = newStore(slow.connection).upsert(1, mixedFacts(5));
    await slow.arrived;
    await newStore().upsert(1, mixedFacts(5, 100));
    let poll = await readChanges(reader, 1, null);
    await sleep(SETTLE_MS + 50);
    // The reader gives the missing batch up and moves on.
    poll = await readChanges(reader, 1, poll.cursor);
    expect(poll.facts.map((f) => f.factId).sort()).toEqual(
      mixedFacts(5, 100)
        .map((f) => f.factId)
        .sort(),
    );
    slow.release();
    await inFlight;
    const late = await readChanges(reader, 1, poll.cursor);
    expect(late.facts.map((f) => f.factId).sort()).toEqual(
      mixedFacts(5)
        .map((f) => f.factId)
        .sort(),
    );
  });

  it('lets readers go past the batch of a writer that died before settling it, after the grace', async () => {
    const dying = failMarkers(connection);
    await expect(newStore(dying).upsert(1, mixedFacts(3))).rejects.toThrow('crashed');
    await newStore().upsert(1, mixedFacts(3, 10));
    const reader = newStore();
    const first = await readChanges(reader, 1, null);
    expect(first.facts).toEqual([]);
    await sleep(SETTLE_MS + 50);
    const later = await readChanges(reader, 1, first.cursor);
    expect(later.facts.map((f) => f.factId).sort()).toEqual(
      [...mixedFacts(3), ...mixedFacts(3, 10)].map((f) => f.factId).sort(),
    );
    // The caller's retry stores equal facts: nothing changes, nothing is handed out again.
    await newStore().upsert(1, mixedFacts(3));
    expect((await readChanges(reader, 1, later.cursor)).facts).toEqual([]);
  });

  it('keeps 20,000 facts written in batches of 500 and reads them all back', async () => {
    const store = newStore();
    const all = mixedFacts(20_000);
    const writeStart = performance.now();
    for (let i = 0; i < all.length; i += 500) await store.upsert(1, all.slice(i, i + 500));
    const writeMs = performance.now() - writeStart;
    const readStart = performance.now();
    const poll = await readChanges(store, 1, null);
    const readMs = performance.now() - readStart;
    expect(new Set(poll.facts.map((f) => f.factId)).size).toBe(20_000);
    expect(await store.count(1)).toBe(20_000);
    console.info(
      `20,000 facts: upsert ${Math.round(writeMs)} ms, changesSince ${Math.round(readMs)} ms in ${poll.pages} pages`,
    );
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The connection as a store sees it, with `override` applied to every collection it opens. */
function withCollections(
  on: Connection,
  override: (collection: mongo.Collection, name: string) => Partial<mongo.Collection>,
): Connection {
  const db = on.db!;
  const wrapped: mongo.Db = Object.create(db);
  wrapped.collection = ((name: string) => {
    const collection = db.collection(name);
    return Object.assign(Object.create(collection), override(collection, name));
  }) as mongo.Db['collection'];
  return Object.assign(Object.create(on) as Connection, { db: wrapped });
}

/** Its facts' bulkWrites wait, after the batch was numbered, until released. */
function holdBulkWrites(on: Connection) {
  let release!: () => void;
  let arrive!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const connection = withCollections(on, (collection) => ({
    bulkWrite: (async (...args: Parameters<mongo.Collection['bulkWrite']>) => {
      arrive();
      await released;
      return collection.bulkWrite(...args);
    }) as mongo.Collection['bulkWrite'],
  }));
  return { connection, arrived, release };
}

/** A writer that dies between writing its facts and settling their batch. */
function failMarkers(on: Connection): Connection {
  return withCollections(on, (collection, name) =>
    name.includes('kpi_fact_batches')
      ? { insertMany: (async () => Promise.reject(new Error('crashed'))) as mongo.Collection['insertMany'] }
      : {},
  );
}
