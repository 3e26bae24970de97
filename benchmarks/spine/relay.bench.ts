import { randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { Kafka, logLevel, Partitioners, type Message } from 'kafkajs';
import {
  type EventEnvelope,
  type EventStore,
  MongoEventStore,
  NO_STREAM,
} from '@sales/shared/event-sourcing';
import { type EventBus, KafkaEventBus, OutboxRelay, toTransportMessage } from '@sales/shared/messaging';
import { benchEventData, benchMetadata } from './bench-fixtures';

export type RelayBenchOptions = {
  /** Events in the outbox (two per commit). */
  events?: number;
  streams?: number;
  /** Commits per relay round. */
  batchSize?: number;
};

export type RelayBenchResult = {
  events: number;
  commits: number;
  batchSize: number;
  /** publish calls the relay made (= raw producer sends). */
  rounds: number;
  relayPerSec: number;
  rawProducerPerSec: number;
  ratio: number;
  /** Where the relay's time went. */
  relayMs: { read: number; publish: number; mark: number };
};

/**
 * `events` events already in a MongoEventStore outbox → time for OutboxRelay.flush() to publish
 * them all through KafkaEventBus (read, publish with acks=all, mark), against a raw kafkajs
 * producer (idempotent, acks=all, one request in flight) sending the very same messages in the
 * very same batches to another topic. Same broker, same run; both producers connected beforehand.
 */
export async function benchRelay(
  brokers: string[],
  mongoUri: string,
  options: RelayBenchOptions = {},
): Promise<RelayBenchResult> {
  const { streams = 500, batchSize = 250 } = options;
  const commitsPerStream = Math.max(1, Math.round((options.events ?? 5000) / 2 / streams));
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
    for (let n = 0; n < commitsPerStream; n++) {
      await Promise.all(
        Array.from({ length: streams }, (_, stream) =>
          store.append({
            streamId: `contract-${stream}`,
            expectedVersion: n === 0 ? NO_STREAM : n * 2,
            events: [
              { type: 'ContractLineChanged', data: benchEventData(stream, n) },
              { type: 'ContractAmountRecalculated', data: benchEventData(stream, n + 1) },
            ],
            metadata: benchMetadata,
          }),
        ),
      );
    }
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

    const relayMs = { read: 0, publish: 0, mark: 0 };
    const timed = async <T>(part: keyof typeof relayMs, work: () => Promise<T>): Promise<T> => {
      const start = process.hrtime.bigint();
      try {
        return await work();
      } finally {
        relayMs[part] += Number(process.hrtime.bigint() - start) / 1e6;
      }
    };
    const timedStore: EventStore = {
      context: store.context,
      append: (request) => store.append(request),
      readStream: (streamId) => store.readStream(streamId),
      unpublished: (limit) => timed('read', () => store.unpublished(limit)),
      markPublished: (keys) => timed('mark', () => store.markPublished(keys)),
      readAll: () => store.readAll(),
      ping: () => store.ping(),
      close: () => store.close(),
    };
    const batches: EventEnvelope[][] = [];
    const recordingBus: EventBus = {
      publish: (topic, events) => {
        batches.push([...events]);
        return timed('publish', () => bus.publish(topic, events));
      },
      subscribe: (s) => bus.subscribe(s),
      ping: () => bus.ping(),
      close: () => bus.close(),
    };
    const relay = new OutboxRelay({ store: timedStore, bus: recordingBus, topic: relayTopic, batchSize });
    const relayStart = process.hrtime.bigint();
    const published = await relay.flush();
    const relaySeconds = Number(process.hrtime.bigint() - relayStart) / 1e9;

    const rawBatches: Message[][] = batches.map((events) =>
      events.map((event) => {
        const m = toTransportMessage(event);
        return { key: m.key, value: m.value, headers: { ...m.headers } };
      }),
    );
    const rawStart = process.hrtime.bigint();
    for (const messages of rawBatches) await producer.send({ topic: rawTopic, acks: -1, messages });
    const rawSeconds = Number(process.hrtime.bigint() - rawStart) / 1e9;

    const relayPerSec = Math.round(published / relaySeconds);
    const rawProducerPerSec = Math.round(published / rawSeconds);
    return {
      events: published,
      commits,
      batchSize,
      rounds: batches.length,
      relayPerSec,
      rawProducerPerSec,
      ratio: Math.round((relayPerSec / rawProducerPerSec) * 1000) / 1000,
      relayMs: {
        read: Math.round(relayMs.read),
        publish: Math.round(relayMs.publish),
        mark: Math.round(relayMs.mark),
      },
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await bus.close();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
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
