import { randomBytes, randomUUID } from 'node:crypto';
import mongoose, { type mongo } from 'mongoose';
import { Kafka, logLevel, Partitioners, type Message } from 'kafkajs';
import { type EventEnvelope, MongoEventStore, NO_STREAM, storeWith } from '@sales/shared/event-sourcing';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  type EventBus,
  KafkaEventBus,
  OutboxRelay,
  splitBySize,
  toTransportMessage,
} from '@sales/shared/messaging';
import { benchEventData, benchMetadata, publishedCommitDocuments } from './bench-fixtures';
import { publishingAsIs } from '@sales/shared/testing';

export type RelayBenchOptions = {
  /** Events in the outbox (two per commit). */
  events?: number;
  streams?: number;
  /** Commits per relay batch. */
  batchSize?: number;
  /** Commits already published in the collection before the outbox is filled. */
  publishedBefore?: number;
  /** Relay/raw measurements, alternating, each on a fresh outbox; the median ratio is reported. */
  trials?: number;
};

export type RelayBenchResult = {
  events: number;
  commits: number;
  /** Commits in the collection, published, before the measured ones were appended. */
  publishedBefore: number;
  batchSize: number;
  /** publish calls the relay made. */
  rounds: number;
  /** produce requests of either side (a publish is split to stay under the broker's 1 MiB). */
  produceRequests: number;
  relayPerSec: number;
  /** The raw producer encoding the same events (toTransportMessage) and sending them: the baseline. */
  rawProducerPerSec: number;
  ratio: number;
  /** The raw producer sending messages encoded before the clock started (pure produce I/O). */
  rawPreEncodedPerSec: number;
  ratioToPreEncoded: number;
  /**
   * Time inside each step, summed: `read` reads the whole outbox, `readRecent` the commits the
   * store appended (memory); reads and marks overlap with publishing, so the parts exceed `wall`.
   */
  relayMs: { wall: number; read: number; readRecent: number; publish: number; mark: number };
  /** Every trial's ratio; the figures above are those of the median trial. */
  trialRatios: number[];
};

/**
 * `events` events in a MongoEventStore outbox, on top of `publishedBefore` commits already
 * published in the same collection → time for a running OutboxRelay to publish them all through
 * KafkaEventBus (read, publish with acks=all, mark; pipelined), against a raw kafkajs producer
 * (idempotent, acks=all, one request in flight) encoding and sending the very same events in the
 * very same requests to another topic. Same broker, same run; both paths warmed beforehand.
 * `trials` times, alternating relay and raw on a fresh outbox each time (2 cores shared by node,
 * Kafka and the Mongo server make single figures swing by ±20 %); the median trial is reported.
 */
export async function benchRelay(
  brokers: string[],
  mongoUri: string,
  options: RelayBenchOptions = {},
): Promise<RelayBenchResult> {
  const { streams = 500, batchSize = 1000, publishedBefore = 100_000, trials = 5 } = options;
  const commitsPerStream = Math.max(1, Math.round((options.events ?? 10_000) / 2 / streams));
  const commits = commitsPerStream * streams;
  const run = `bench-relay-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const relayTopic = `${run}-relay`;
  const rawTopic = `${run}-raw`;
  const connection = await mongoose
    .createConnection(mongoUri, { dbName: run.replace(/-/g, '_') })
    .asPromise();
  const bus = new KafkaEventBus({ brokers, clientId: `${run}-bus` });
  const kafka = new Kafka({ clientId: `${run}-raw`, brokers, logLevel: logLevel.WARN });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  try {
    const store = new MongoEventStore(connection, { context: 'contracts' });
    await store.init();
    await fillPublished(connection.db!.collection('commits'), publishedBefore);
    await bus.ensureTopics([relayTopic, rawTopic, `${run}-warmup`], 3);
    await producer.connect();
    // JIT and connections warm on both paths, so the timed runs compare steady states.
    const warmup = `${run}-warmup`;
    for (let round = 0; round < 3; round++) {
      const events: EventEnvelope[] = Array.from({ length: 500 }, (_, i) => ({
        id: randomUUID(),
        context: 'contracts',
        streamId: `w-${i % 50}`,
        version: round * 10 + Math.floor(i / 50) + 1,
        type: 'Warmup',
        schemaVersion: 1,
        data: benchEventData(i, round),
        time: new Date().toISOString(),
        ...benchMetadata,
      }));
      await bus.publish(warmup, events);
      await producer.send({
        topic: warmup,
        acks: -1,
        messages: events.map((e) => toTransportMessage(e)).map((m) => ({ ...m, headers: { ...m.headers } })),
      });
    }

    // The relay's own path warm too (store reads and marks on the server, the bus): a separate
    // collection of 2,000 commits relayed to the warm-up topic.
    const warmStore = new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'warmup_' });
    await Promise.all(
      Array.from({ length: 2_000 }, (_, i) =>
        warmStore.append(
          publishingAsIs({
            streamId: `w-${i}`,
            expectedVersion: NO_STREAM,
            events: [{ type: 'Warmup', data: benchEventData(i, 0) }],
            metadata: benchMetadata,
          }),
        ),
      ),
    );
    await new OutboxRelay({ store: warmStore, bus, topic: warmup, batchSize }).flush();

    const trial = async (trial: number): Promise<RelayBenchResult> => {
      for (let n = 0; n < commitsPerStream; n++) {
        await Promise.all(
          Array.from({ length: streams }, (_, stream) =>
            store.append(
              publishingAsIs({
                streamId: `t${trial}-contract-${stream}`,
                expectedVersion: n === 0 ? NO_STREAM : n * 2,
                events: [
                  { type: 'ContractLineChanged', data: benchEventData(stream, n) },
                  { type: 'ContractAmountRecalculated', data: benchEventData(stream, n + 1) },
                ],
                metadata: benchMetadata,
              }),
            ),
          ),
        );
      }
      const relayMs = { wall: 0, read: 0, readRecent: 0, publish: 0, mark: 0 };
      const timed = async <T>(part: keyof typeof relayMs, work: () => Promise<T>): Promise<T> => {
        const start = process.hrtime.bigint();
        try {
          return await work();
        } finally {
          relayMs[part] += Number(process.hrtime.bigint() - start) / 1e6;
        }
      };
      const timedStore = storeWith(store, {
        unpublished: (limit, read) =>
          timed(read?.from === 'recent' ? 'readRecent' : 'read', () => store.unpublished(limit, read)),
        markPublished: (keys) => timed('mark', () => store.markPublished(keys)),
      });
      const batches: EventEnvelope[][] = [];
      let publishedEvents = 0;
      let allPublished!: () => void;
      const done = new Promise<void>((resolve) => (allPublished = resolve));
      const recordingBus: EventBus = {
        publish: async (topic, events) => {
          batches.push([...events]);
          await timed('publish', () => bus.publish(topic, events));
          publishedEvents += events.length;
          if (publishedEvents >= commits * 2) allPublished();
        },
        subscribe: (s) => bus.subscribe(s),
        subscribeBatches: (s) => bus.subscribeBatches(s),
        ping: () => bus.ping(),
        close: () => bus.close(),
      };
      const relay = new OutboxRelay({ store: timedStore, bus: recordingBus, topic: relayTopic, batchSize });
      // The relay as a service runs it: started, then timed until the broker acknowledged the last
      // event of the outbox. Stopping (the last marks) and a flush proving the outbox empty follow,
      // untimed; a flush's final read of the whole outbox is a one-off check, not throughput.
      const relayStart = process.hrtime.bigint();
      relay.start();
      await done;
      const relaySeconds = Number(process.hrtime.bigint() - relayStart) / 1e9;
      await relay.stop();
      if ((await relay.flush()) !== 0 || (await store.unpublished(1)).length !== 0) {
        throw new Error('the relay left commits unpublished or published some twice');
      }
      const published = publishedEvents;

      // The same events in the same requests the bus made (each published batch split by size as
      // KafkaEventBus does), encoded to CloudEvents messages inside the timed loop: sending events
      // includes encoding them. The pre-encoded figure (pure I/O) is reported beside it.
      const toRequests = (events: readonly EventEnvelope[]): Message[][] =>
        splitBySize(
          events.map((event) => toTransportMessage(event)),
          DEFAULT_MAX_REQUEST_BYTES,
        ).map((chunk) => chunk.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })));
      let rawSends = 0;
      const rawStart = process.hrtime.bigint();
      for (const events of batches) {
        for (const messages of toRequests(events)) {
          await producer.send({ topic: rawTopic, acks: -1, messages });
          rawSends += 1;
        }
      }
      const rawSeconds = Number(process.hrtime.bigint() - rawStart) / 1e9;
      const preEncoded = batches.flatMap(toRequests);
      const preEncodedStart = process.hrtime.bigint();
      for (const messages of preEncoded) await producer.send({ topic: rawTopic, acks: -1, messages });
      const preEncodedSeconds = Number(process.hrtime.bigint() - preEncodedStart) / 1e9;

      const relayPerSec = Math.round(published / relaySeconds);
      relayMs.wall = relaySeconds * 1000;
      const rawProducerPerSec = Math.round(published / rawSeconds);
      const rawPreEncodedPerSec = Math.round(published / preEncodedSeconds);
      return {
        events: published,
        commits,
        publishedBefore,
        batchSize,
        rounds: batches.length,
        produceRequests: rawSends,
        relayPerSec,
        rawProducerPerSec,
        ratio: Math.round((relayPerSec / rawProducerPerSec) * 1000) / 1000,
        trialRatios: [],
        rawPreEncodedPerSec,
        ratioToPreEncoded: Math.round((relayPerSec / rawPreEncodedPerSec) * 1000) / 1000,
        relayMs: {
          wall: Math.round(relayMs.wall),
          read: Math.round(relayMs.read),
          readRecent: Math.round(relayMs.readRecent),
          publish: Math.round(relayMs.publish),
          mark: Math.round(relayMs.mark),
        },
      };
    };
    const results: RelayBenchResult[] = [];
    for (let t = 0; t < trials; t++) results.push(await trial(t));
    const byRatio = [...results].sort((x, y) => x.ratio - y.ratio);
    return { ...byRatio[Math.floor(byRatio.length / 2)], trialRatios: results.map((r) => r.ratio) };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await bus.close();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

/** Commits of other streams, already published, written with raw insertMany in chunks. */
async function fillPublished(commits: mongo.Collection, count: number): Promise<void> {
  const shape = { streams: 20_000, streamPrefix: 'old-', context: 'contracts', type: 'ContractLineChanged' };
  for (let start = 0; start < count; start += 2_000) {
    await commits.insertMany(publishedCommitDocuments(start, Math.min(2_000, count - start), shape), {
      ordered: false,
    });
  }
}

if (require.main === module) {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const mongoUri = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/';
  benchRelay(brokers, mongoUri).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
