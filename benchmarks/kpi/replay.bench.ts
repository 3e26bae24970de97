import { Kafka, logLevel } from 'kafkajs';
import { type GeneratedEvent, produceReplay } from '@sales/kpi/testing';
import { contextTopic } from '@sales/shared/event-sourcing';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';
import { roundTo } from '../spine/bench-stats';
import { type BenchProcess, type KpiBenchPlatform, memoryOf } from './kpi-bench-platform';

const SOURCE_CONTEXTS = ['org', 'targets', 'customers', 'contracts'];
const admin = { userId: 'p-admin', role: 'admin' } as const;

export type ReplayResult = {
  events: number;
  /** Producing them to the four topics first (kafkajs, acks=all, idempotent), not part of the replay. */
  producedSeconds: number;
  projector: {
    /** From spawning the process until its status says it has read every event. */
    wallSeconds: number;
    eventsPerSecond: number;
    /** Of the wall time: spawn until /health/ready (the projector may read before it). */
    startupSeconds: number;
    /** From the first status poll that saw events read until the last event read. */
    readingSeconds: number;
    /** Events read in readingSeconds ÷ readingSeconds. */
    readingEventsPerSecond: number;
    factsWritten: number;
    unreadable: number;
    rssMb: number;
    peakRssMb: number;
  };
  /** A bare kafkajs consumer (new group, from the beginning, counting only) on the same topics. */
  bareConsumer: {
    wallSeconds: number;
    eventsPerSecond: number;
    /** Of the wall time: connect, subscribe and the group join until the first batch. */
    joinSeconds: number;
    readingEventsPerSecond: number;
  };
  /** projector reading events/s ÷ bare consumer reading events/s. */
  readingRatio: number;
};

/**
 * Puts `events` on fresh topics of `platform`, reads them with a bare kafkajs consumer (the
 * baseline: what Kafka itself delivers to a client), then starts kpi-projector on an empty
 * database and polls its status (every 50 ms) until it has read them all. The projector keeps
 * running: the year's is the one the other sections query.
 */
export async function benchReplay(
  platform: KpiBenchPlatform,
  database: string,
  events: readonly GeneratedEvent[],
  nodeArgs: readonly string[] = [],
): Promise<{ result: ReplayResult; projector: BenchProcess }> {
  const producing = performance.now();
  await produceReplay(platform.topicPrefix, events);
  const producedSeconds = (performance.now() - producing) / 1000;
  const topics = SOURCE_CONTEXTS.map((c) => platform.topicPrefix + contextTopic(c));
  const bare = await bareConsumer(topics, events.length);

  const projector = await platform.start('kpi-projector', database, {}, nodeArgs);
  const status = platform.api(projector);
  let firstReadAt: number | undefined;
  let readAtFirst = 0;
  let last: { eventsRead: number; factsWritten: number; unreadable: unknown[] } | undefined;
  const deadline = performance.now() + 600_000;
  for (;;) {
    const { status: code, body } = await status('GET', '/kpi/projector/status', admin);
    if (code !== 200) throw new Error(`projector status answered ${code}: ${JSON.stringify(body)}`);
    const now = performance.now();
    last = body.runs?.[0];
    const read = last?.eventsRead ?? 0;
    if (read > 0 && firstReadAt === undefined) {
      firstReadAt = now;
      readAtFirst = read;
    }
    if (read >= events.length) break;
    if (now > deadline) throw new Error(`projector read ${read} of ${events.length} events in 600 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const doneAt = performance.now();
  const wallMs = doneAt - projector.spawnedAt;
  // The rate of the events read after the first poll that saw any (those before may have been read
  // while the process was still becoming ready); a replay read before one poll counts a poll's time.
  const readingMs = Math.max(doneAt - (firstReadAt ?? doneAt), 50);
  const readAfterFirst = Math.max(events.length - readAtFirst, 1);
  const memory = memoryOf(projector.pid);
  const projectorReadingRate = readAfterFirst / (readingMs / 1000);
  const result: ReplayResult = {
    events: events.length,
    producedSeconds: roundTo(producedSeconds, 2),
    projector: {
      wallSeconds: roundTo(wallMs / 1000, 2),
      eventsPerSecond: Math.round(events.length / (wallMs / 1000)),
      startupSeconds: roundTo(projector.readyMs / 1000, 2),
      readingSeconds: roundTo(readingMs / 1000, 2),
      readingEventsPerSecond: Math.round(projectorReadingRate),
      factsWritten: last?.factsWritten ?? 0,
      unreadable: last?.unreadable?.length ?? 0,
      ...memory,
    },
    bareConsumer: {
      wallSeconds: roundTo(bare.wallMs / 1000, 2),
      eventsPerSecond: Math.round(events.length / (bare.wallMs / 1000)),
      joinSeconds: roundTo(bare.joinMs / 1000, 2),
      readingEventsPerSecond: Math.round(events.length / (bare.readingMs / 1000)),
    },
    readingRatio: roundTo(projectorReadingRate / (events.length / (bare.readingMs / 1000)), 3),
  };
  return { result, projector };
}

/** A bare kafkajs consumer reading the topics from the start until it has seen `count` messages. */
async function bareConsumer(
  topics: string[],
  count: number,
): Promise<{ wallMs: number; joinMs: number; readingMs: number }> {
  const kafka = new Kafka({
    clientId: uniqueName('bench-bare'),
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  // As KafkaEventBus configures its consumers (fetch wait 1 s), minus everything it does per event.
  const consumer = kafka.consumer({ groupId: uniqueName('bench-bare'), maxWaitTimeInMs: 1_000 });
  const started = performance.now();
  let first: number | undefined;
  let seen = 0;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bare consumer saw ${seen} of ${count} in 300 s`)),
        300_000,
      );
      void consumer.run({
        eachBatch: async ({ batch }) => {
          first ??= performance.now();
          seen += batch.messages.length;
          if (seen >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  const done = performance.now();
  const firstAt = first ?? done;
  return { wallMs: done - started, joinMs: firstAt - started, readingMs: Math.max(done - firstAt, 1) };
}
