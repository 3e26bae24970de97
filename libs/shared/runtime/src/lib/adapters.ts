import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import type { AppConfig } from '@sales/shared/config';
import { type EventEnvelope, type EventStore, FileEventStore, MongoEventStore, type Upcaster } from '@sales/shared/event-sourcing';
import { type EventBus, InProcessEventBus, KafkaEventBus } from '@sales/shared/messaging';

/** The bus of the runtime mode: in-process for standalone, Kafka for distributed. */
export function createEventBus(config: AppConfig): EventBus {
  return config.mode === 'standalone' ? new InProcessEventBus() : new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: config.serviceName });
}

export async function connectMongo(config: AppConfig): Promise<Connection | null> {
  if (config.mode === 'standalone') return null;
  return mongoose.createConnection(config.mongoUri as string, { serverSelectionTimeoutMS: 10_000 }).asPromise();
}

/**
 * The store a context owns: a file log under `<dataDir>/<context>` in standalone mode, the
 * `<context>_commits` collection of the service's own database in distributed mode.
 */
export async function createEventStore(config: AppConfig, mongo: Connection | null, context: string, upcasters: readonly Upcaster[]): Promise<EventStore> {
  if (config.mode === 'standalone' || !mongo) return FileEventStore.open(join(config.dataDir, context), context, { upcasters: [...upcasters] });
  const store = new MongoEventStore(mongo, { context, collectionPrefix: `${context}_`, upcasters: [...upcasters] });
  await store.init();
  return store;
}

/**
 * A context's topic and its dead-letter topic exist before the relay publishes (partitions:
 * KAFKA_TOPIC_PARTITIONS, default 3). In production the topics come from deploy/kafka; creating an
 * existing topic is a no-op.
 */
export async function prepareContextTopics(bus: EventBus, topic: string): Promise<void> {
  if (!(bus instanceof KafkaEventBus)) return;
  await bus.ensureTopics([topic], Number(process.env['KAFKA_TOPIC_PARTITIONS'] ?? 3));
}

/**
 * The in-process bus keeps nothing across restarts, while the outbox only republishes what was
 * never published: an event published just before a crash but not yet handled would be lost to
 * the other contexts. So in standalone mode every context replays its whole history into the bus
 * at start; consumers skip what they already applied (the bus by event id, replicas by version).
 */
export async function replayHistoryIntoVolatileBus(bus: EventBus, topic: string, store: EventStore): Promise<number> {
  if (!(bus instanceof InProcessEventBus)) return 0;
  let batch: EventEnvelope[] = [];
  let replayed = 0;
  for await (const event of store.readAll()) {
    batch.push(event);
    if (batch.length === 500) {
      await bus.publish(topic, batch);
      replayed += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await bus.publish(topic, batch);
  return replayed + batch.length;
}
