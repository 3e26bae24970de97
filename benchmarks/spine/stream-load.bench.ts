import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { type EventEnvelope, MongoEventStore } from '@sales/shared/event-sourcing';
import { benchEventData, benchMetadata, publishedCommitDocuments } from './bench-fixtures';
import { type Percentiles, percentiles, roundTo } from './bench-stats';

export type StreamLoadBenchOptions = {
  /** Commits already in the collection besides the measured stream (default 100,000). */
  commits?: number;
  /** Streams those commits belong to (default 10,000: ten commits each). */
  streams?: number;
  /** Commits of the measured stream, one event each (default 100). */
  streamCommits?: number;
  /** Loads measured per path (default 200). */
  loads?: number;
  /** Filler documents per insertMany (default 1,000). */
  chunkSize?: number;
};

export type StreamLoadBenchResult = {
  collection: {
    /** Every commit in the collection, the measured stream's included. */
    commits: number;
    streams: number;
    /** The indexes MongoEventStore.init() left on it. */
    indexes: string[];
    fillSeconds: number;
    fillCommitsPerSec: number;
  };
  stream: { streamId: string; commits: number; eventsPerCommit: 1; events: number; bytes: number };
  loads: number;
  /** store.readStream on a MongoEventStore created (and init()ed, untimed) just before: no per-process cache. */
  cold: Percentiles;
  /** store.readStream on one instance that has loaded the stream before. */
  warm: Percentiles;
  /** collection.find({ streamId }).sort({ fromVersion: 1 }).toArray() through the driver. */
  rawFind: Percentiles;
  /** store p50 / raw p50 (1 = no overhead; below 1 = the store beats a plain query). */
  ratios: { coldP50: number; warmP50: number; coldP99: number; warmP99: number };
};

const CONTEXT = 'targets';
const PREFIX = 'bench_';

/**
 * Stream load at scale: a commits collection holding `commits` commits over `streams` streams
 * (raw insertMany of commit-shaped documents, already published) plus one stream of
 * `streamCommits` one-event commits appended through MongoEventStore, interleaved with the fill so
 * its documents lie spread over the collection as a long-lived stream's would. Then `loads` loads
 * of that stream on three paths, interleaved round by round so drift in the machine's load hits
 * all three alike: a fresh store each time (cold), one store (warm), and the raw driver query.
 */
export async function benchStreamLoad(
  mongoUri: string,
  options: StreamLoadBenchOptions = {},
): Promise<StreamLoadBenchResult> {
  const {
    commits = 100_000,
    streams = 10_000,
    streamCommits = 100,
    loads = 200,
    chunkSize = 1_000,
  } = options;
  const dbName = `bench_stream_load_${randomBytes(4).toString('hex')}`;
  const connection = await mongoose.createConnection(mongoUri, { dbName }).asPromise();
  try {
    const store = new MongoEventStore(connection, { context: CONTEXT, collectionPrefix: PREFIX });
    await store.init();
    const collection = connection.db!.collection(`${PREFIX}commits`);
    const streamId = `plan-bench-${randomBytes(3).toString('hex')}`;

    // The measured stream's commits go in between filler chunks (one after every
    // commits/streamCommits filler commits), each through the store as a command would write it.
    const fillStart = process.hrtime.bigint();
    const fillerPerStreamCommit = commits / streamCommits;
    let filled = 0;
    let version = 0;
    while (filled < commits || version < streamCommits) {
      const until = Math.min(commits, Math.round((version + 1) * fillerPerStreamCommit));
      while (filled < until) {
        const size = Math.min(chunkSize, until - filled);
        await collection.insertMany(
          publishedCommitDocuments(filled, size, {
            streams,
            streamPrefix: 'filler-',
            context: CONTEXT,
            type: 'TargetsSet',
          }),
          { ordered: false },
        );
        filled += size;
      }
      if (version < streamCommits) {
        const result = await store.append({
          streamId,
          expectedVersion: version,
          events: [{ type: 'TargetsSet', data: benchEventData(version, version) }],
          metadata: benchMetadata,
        });
        version = result.nextExpectedVersion;
      }
    }
    await store.markPublished(
      Array.from({ length: streamCommits }, (_, fromVersion) => ({ streamId, fromVersion })),
    );
    const fillSeconds = Number(process.hrtime.bigint() - fillStart) / 1e9;
    const total = await collection.countDocuments();
    if (total !== commits + streamCommits)
      throw new Error(`expected ${commits + streamCommits} commits, found ${total}`);

    const rawFind = () => collection.find({ streamId }).sort({ fromVersion: 1 }).toArray();
    const rawDocs = await rawFind();
    const check = (events: readonly EventEnvelope[], path: string) => {
      if (events.length !== streamCommits || events.some((e, i) => e.version !== i + 1)) {
        throw new Error(`${path} returned ${events.length} events, expected versions 1..${streamCommits}`);
      }
    };
    check(
      rawDocs.flatMap((d) => d['events'] as EventEnvelope[]),
      'raw find',
    );

    const warmStore = new MongoEventStore(connection, { context: CONTEXT, collectionPrefix: PREFIX });
    await warmStore.init();
    check((await warmStore.readStream(streamId)).events, 'warm store');
    // One untimed round of each path: JIT and connection pool warm for all three.
    await rawFind();
    await (await freshStore(connection)).readStream(streamId);

    const samples = { cold: [] as number[], warm: [] as number[], rawFind: [] as number[] };
    for (let round = 0; round < loads; round++) {
      const fresh = await freshStore(connection);
      const paths: Array<[keyof typeof samples, () => Promise<unknown>]> = [
        ['cold', () => fresh.readStream(streamId)],
        ['warm', () => warmStore.readStream(streamId)],
        ['rawFind', rawFind],
      ];
      // Rotate which path goes first, so none always follows another's server-side work.
      for (let i = 0; i < paths.length; i++) {
        const [name, load] = paths[(round + i) % paths.length];
        const start = process.hrtime.bigint();
        const result = await load();
        samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
        if (round === loads - 1 && name !== 'rawFind')
          check((result as { events: EventEnvelope[] }).events, name);
      }
    }

    const cold = percentiles(samples.cold);
    const warm = percentiles(samples.warm);
    const raw = percentiles(samples.rawFind);
    return {
      collection: {
        commits: total,
        streams: Math.min(streams, commits) + 1,
        indexes: (await collection.listIndexes().toArray()).map((index) => String(index['name'])),
        fillSeconds: roundTo(fillSeconds, 1),
        fillCommitsPerSec: Math.round(total / fillSeconds),
      },
      stream: {
        streamId,
        commits: streamCommits,
        eventsPerCommit: 1,
        events: streamCommits,
        bytes: rawDocs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d)), 0),
      },
      loads,
      cold,
      warm,
      rawFind: raw,
      ratios: {
        coldP50: roundTo(cold.p50Ms / raw.p50Ms, 2),
        warmP50: roundTo(warm.p50Ms / raw.p50Ms, 2),
        coldP99: roundTo(cold.p99Ms / raw.p99Ms, 2),
        warmP99: roundTo(warm.p99Ms / raw.p99Ms, 2),
      },
    };
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

async function freshStore(connection: mongoose.Connection): Promise<MongoEventStore> {
  const store = new MongoEventStore(connection, { context: CONTEXT, collectionPrefix: PREFIX });
  await store.init();
  return store;
}

if (require.main === module) {
  const quick = process.env['BENCH_QUICK'] === '1';
  benchStreamLoad(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017/', {
    commits: Number(process.env['BENCH_STREAM_COMMITS'] || (quick ? 20_000 : 100_000)),
    loads: Number(process.env['BENCH_STREAM_LOADS'] || 200),
  }).then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
