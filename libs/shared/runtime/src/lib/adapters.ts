import mongoose, { type Connection } from 'mongoose';
import type { AppConfig } from '@sales/shared/config';
import {
  type EventStore,
  FileEventStore,
  MongoEventStore,
  type StoreLog,
  type Upcaster,
} from '@sales/shared/event-sourcing';
import { type EventBus, InProcessEventBus, KafkaEventBus } from '@sales/shared/messaging';
import { undoubleStoreDirectory } from './store-directory-migration';

/** The bus of the runtime mode: in-process for standalone, Kafka for distributed. */
export function createEventBus(config: AppConfig): EventBus {
  return config.mode === 'standalone'
    ? new InProcessEventBus()
    : new KafkaEventBus({
        brokers: config.kafkaBrokers,
        clientId: config.serviceName,
        topicPartitions: config.kafkaTopicPartitions,
        sessionTimeoutMs: config.kafkaSessionTimeoutMs,
      });
}

export async function connectMongo(config: AppConfig): Promise<Connection | null> {
  if (config.mode === 'standalone') return null;
  return mongoose
    .createConnection(config.mongoUri as string, { serverSelectionTimeoutMS: 10_000 })
    .asPromise();
}

/**
 * The store a context owns: a file log under `<dataDir>/<context>` in standalone mode, the
 * `<context>_commits` collection of the service's own database in distributed mode.
 */
export async function createEventStore(
  config: AppConfig,
  mongo: Connection | null,
  context: string,
  upcasters: readonly Upcaster[],
  log?: StoreLog,
  /** The recorded time of what is appended: the process clock (SALES_CLOCK in test and demo processes). */
  now?: () => Date,
): Promise<EventStore> {
  if (config.mode === 'standalone' || !mongo) {
    await undoubleStoreDirectory(config.dataDir, context, log);
    return FileEventStore.open(config.dataDir, context, { upcasters: [...upcasters], log, now });
  }
  const store = new MongoEventStore(mongo, {
    context,
    collectionPrefix: `${context}_`,
    upcasters: [...upcasters],
    now,
  });
  await store.init();
  return store;
}
