// A relay process for outbox-relay.int-spec.ts, which SIGKILLs it at the worst moment: with
// RELAY_HANG_AFTER_BATCHES=k it completes k rounds, publishes round k+1, says so on stdout, then
// hangs inside markPublished — published to Kafka, not marked in MongoDB.
import { MongoEventStore, type EventStore } from '@sales/shared/event-sourcing';
import mongoose from 'mongoose';
import { KafkaEventBus } from '../lib/kafka-event-bus';
import { OutboxRelay } from '../lib/outbox-relay';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function hangingBeforeMark(store: EventStore, completedRounds: number): EventStore {
  let rounds = 0;
  return {
    get context() {
      return store.context;
    },
    append: (request) => store.append(request),
    readStream: (streamId) => store.readStream(streamId),
    unpublished: (limit) => store.unpublished(limit),
    readAll: () => store.readAll(),
    ping: () => store.ping(),
    close: () => store.close(),
    markPublished: async (commits) => {
      rounds += 1;
      if (rounds <= completedRounds) return store.markPublished(commits);
      process.stdout.write(`published-unmarked ${commits.length}\n`);
      await new Promise(() => undefined);
    },
  };
}

async function main(): Promise<void> {
  const connection = await mongoose
    .createConnection(env('MONGODB_URI'), { dbName: env('MONGODB_DB') })
    .asPromise();
  const mongoStore = new MongoEventStore(connection, { context: env('RELAY_CONTEXT') });
  const hangAfter = process.env['RELAY_HANG_AFTER_BATCHES'];
  const store = hangAfter === undefined ? mongoStore : hangingBeforeMark(mongoStore, Number(hangAfter));
  const bus = new KafkaEventBus({ brokers: env('KAFKA_BROKERS').split(','), clientId: 'outbox-relay-child' });
  const relay = new OutboxRelay({
    store,
    bus,
    topic: env('RELAY_TOPIC'),
    batchSize: Number(env('RELAY_BATCH_SIZE')),
    pollIntervalMs: 50,
  });

  relay.start();
  while ((await mongoStore.unpublished(1)).length > 0)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await relay.stop();
  await bus.close();
  await mongoStore.close();
  await connection.close();
  process.stdout.write('drained\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
