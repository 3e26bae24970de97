import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { MongoEventStore, type NewEvent } from '@sales/shared/event-sourcing';
import { benchEventData, benchMetadata } from './bench-fixtures';

export type AppendBenchOptions = {
  commits?: number;
  streams?: number;
  concurrency?: number;
};

export type AppendBenchResult = {
  commits: number;
  streams: number;
  concurrency: number;
  /** Mean number of commits the group commit put into one insertMany. */
  meanGroupSize: number;
  appendPerSec: number;
  /** The same documents through raw insertMany, sequential batches of meanGroupSize. */
  rawInsertManyPerSec: number;
  ratio: number;
};

function commitEvents(stream: number, n: number): NewEvent[] {
  const first: NewEvent = { type: 'ContractLineChanged', data: benchEventData(stream, n) };
  return n % 2 === 0
    ? [first, { type: 'ContractAmountRecalculated', data: benchEventData(stream, n + 1) }]
    : [first];
}

/**
 * Appends `commits` commits spread over `streams` streams through MongoEventStore with
 * `concurrency` writers (each owning a share of the streams, so every append is expected to
 * succeed), and writes the very same documents with raw insertMany into a twin collection with
 * the same indexes, sequentially in batches as large as the group commit achieved. Both in one
 * database, in one run.
 */
export async function benchAppend(
  mongoUri: string,
  options: AppendBenchOptions = {},
): Promise<AppendBenchResult> {
  const { streams = 500, concurrency = 64 } = options;
  const perStream = Math.max(1, Math.round((options.commits ?? 5000) / streams));
  const commits = perStream * streams;
  const dbName = `bench_append_${randomBytes(4).toString('hex')}`;
  const connection = await mongoose.createConnection(mongoUri, { dbName, monitorCommands: true }).asPromise();
  try {
    const groupSizes: number[] = [];
    connection.getClient().on('commandStarted', (event) => {
      if (event.commandName === 'insert' && event.command['insert'] === 'es_commits') {
        groupSizes.push(event.command['documents'].length);
      }
    });
    const store = new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'es_' });
    await store.init();
    const stored = connection.db!.collection('es_commits');
    const raw = connection.db!.collection('raw_commits');
    await raw.createIndex({ streamId: 1, fromVersion: 1 }, { name: 'stream_version', unique: true });
    await raw.createIndex({ published: 1, _id: 1 }, { name: 'outbox' });
    await appendRounds(
      new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'warm_' }),
      0,
      1,
      50,
      concurrency,
      new Map(),
    );
    groupSizes.length = 0;

    // The machine is shared (2 cores): alternating the two in slices keeps load drift from
    // favouring either side.
    const versions = new Map<string, number>();
    let appendSeconds = 0;
    let rawSeconds = 0;
    const slices = Math.min(5, perStream);
    for (let slice = 0; slice < slices; slice++) {
      const from = Math.floor((slice * perStream) / slices);
      const to = Math.floor(((slice + 1) * perStream) / slices);
      const sizesBefore = groupSizes.length;
      const insertedBefore = await stored.countDocuments();
      appendSeconds += await timed(() => appendRounds(store, from, to, streams, concurrency, versions));
      const documents = await stored
        .find({}, { projection: { _id: 0 } })
        .sort({ _id: 1 })
        .skip(insertedBefore)
        .toArray();
      const sizes = groupSizes.slice(sizesBefore);
      const batch = Math.max(1, Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length));
      rawSeconds += await timed(async () => {
        for (let start = 0; start < documents.length; start += batch) {
          await raw.insertMany(documents.slice(start, start + batch), { ordered: false });
        }
      });
    }
    if ((await stored.countDocuments()) !== commits || (await raw.countDocuments()) !== commits) {
      throw new Error(`expected ${commits} commits in both collections`);
    }

    const appendPerSec = commits / appendSeconds;
    const rawInsertManyPerSec = commits / rawSeconds;
    return {
      commits,
      streams,
      concurrency,
      meanGroupSize: Math.round((groupSizes.reduce((a, b) => a + b, 0) / groupSizes.length) * 10) / 10,
      appendPerSec: Math.round(appendPerSec),
      rawInsertManyPerSec: Math.round(rawInsertManyPerSec),
      ratio: Math.round((appendPerSec / rawInsertManyPerSec) * 100) / 100,
    };
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

/** Rounds [from, to) of one commit per stream; writer w owns the streams s ≡ w (mod concurrency). */
async function appendRounds(
  store: MongoEventStore,
  from: number,
  to: number,
  streams: number,
  concurrency: number,
  versions: Map<string, number>,
): Promise<void> {
  // Writers know their streams' versions from their own appends, as a command handler knows them
  // from the load it just did: the append alone is measured.
  const writers = Array.from({ length: concurrency }, async (_, writer) => {
    for (let round = from; round < to; round++) {
      for (let stream = writer; stream < streams; stream += concurrency) {
        const streamId = `s-${stream}`;
        const expectedVersion = versions.get(streamId) ?? 0;
        const result = await store.append({
          streamId,
          expectedVersion,
          events: commitEvents(stream, round),
          metadata: benchMetadata,
        });
        versions.set(streamId, result.nextExpectedVersion);
      }
    }
  });
  await Promise.all(writers);
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

if (require.main === module) {
  benchAppend(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017/')
    .then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
