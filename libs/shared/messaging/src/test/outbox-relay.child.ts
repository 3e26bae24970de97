// A relay process for outbox-relay.int-spec.ts, which SIGKILLs it at one of three moments. With
// RELAY_HANG_AFTER_BATCHES=k the first k calls of the chosen store method work; call k+1 says so on
// stdout and hangs, according to RELAY_KILL_POINT:
//   before-mark  published to Kafka, markPublished not started  → "published-unmarked <commits>"
//   during-mark  half the batch marked in MongoDB, the rest not → "half-marked <commits>"
//   during-read  reading the next batch (the read-ahead, while earlier batches are being
//                published or marked)                           → "reading <commits in flight>"
import { MongoEventStore, type EventStore, storeWith } from '@sales/shared/event-sourcing';
import mongoose from 'mongoose';
import { KafkaEventBus } from '../lib/kafka-event-bus';
import { OutboxRelay } from '../lib/outbox-relay';

export type KillPoint = 'before-mark' | 'during-mark' | 'during-read';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const hang = (): Promise<never> => new Promise<never>(() => undefined);

function hangingAt(store: EventStore, point: KillPoint, completedCalls: number): EventStore {
  let marks = 0;
  let reads = 0;
  let handedOut = 0;
  let marked = 0;
  return storeWith(store, {
    unpublished: async (limit, read) => {
      reads += 1;
      if (point === 'during-read' && reads > completedCalls) {
        process.stdout.write(`reading ${handedOut - marked}\n`);
        return hang();
      }
      const commits = await store.unpublished(limit, read);
      handedOut += commits.length;
      return commits;
    },
    markPublished: async (commits) => {
      marks += 1;
      if (marks <= completedCalls || point === 'during-read') {
        await store.markPublished(commits);
        marked += commits.length;
        return;
      }
      if (point === 'during-mark') {
        await store.markPublished(commits.slice(0, Math.ceil(commits.length / 2)));
        process.stdout.write(`half-marked ${commits.length}\n`);
      } else {
        process.stdout.write(`published-unmarked ${commits.length}\n`);
      }
      return hang();
    },
  });
}

async function main(): Promise<void> {
  const connection = await mongoose
    .createConnection(env('MONGODB_URI'), { dbName: env('MONGODB_DB') })
    .asPromise();
  const mongoStore = new MongoEventStore(connection, { context: env('RELAY_CONTEXT') });
  const hangAfter = process.env['RELAY_HANG_AFTER_BATCHES'];
  const point = (process.env['RELAY_KILL_POINT'] ?? 'before-mark') as KillPoint;
  const store = hangAfter === undefined ? mongoStore : hangingAt(mongoStore, point, Number(hangAfter));
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
