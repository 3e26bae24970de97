import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { MongoEventStore, NO_STREAM, type EventEnvelope } from '@sales/shared/event-sourcing';
import { testKafkaBrokers, testMongoUri, uniqueName, publishingAsIs } from '@sales/shared/testing';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { fromTransportMessage } from './cloud-events';
import { KafkaEventBus } from './kafka-event-bus';
import type { KillPoint } from '../test/outbox-relay.child';

const ROOT = join(__dirname, '../../../../..');
const CHILD = join(__dirname, '../test/outbox-relay.child.ts');
const STREAMS = 40;
const COMMITS_PER_STREAM = 5;
const EVENTS_PER_COMMIT = 2;
const TOTAL_EVENTS = STREAMS * COMMITS_PER_STREAM * EVENTS_PER_COMMIT;

type RelayChild = Readonly<{
  child: ChildProcess;
  line: (prefix: string) => Promise<string>;
  exited: Promise<{ code: number | null; signal: string | null }>;
}>;

function startRelayChild(env: Record<string, string>): RelayChild {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', CHILD],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.spec.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    listeners.forEach((notify) => notify());
  });
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      listeners.forEach((notify) => notify());
      resolve({ code, signal });
    }),
  );
  const line = (prefix: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = stdout.split('\n').find((l) => l.startsWith(prefix));
        if (found !== undefined) {
          listeners.delete(check);
          resolve(found);
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(check);
          reject(
            new Error(
              `relay child exited (${child.exitCode ?? child.signalCode}) before "${prefix}"; stderr:\n${stderr}`,
            ),
          );
        }
      };
      listeners.add(check);
      check();
    });
  return { child, line, exited };
}

async function eventually(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('OutboxRelay crash safety (real Kafka + MongoDB, relay in a child process)', () => {
  const dbName = uniqueName('relay-crash');
  const context = 'contracts';
  let connection: Connection;
  let store: MongoEventStore;
  let bus: KafkaEventBus;

  beforeAll(async () => {
    connection = await mongoose.createConnection(testMongoUri(dbName)).asPromise();
    store = new MongoEventStore(connection, { context });
    bus = new KafkaEventBus({ brokers: testKafkaBrokers(), clientId: 'relay-crash-test' });
  });

  afterAll(async () => {
    await bus.close();
    await store.close();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  });

  // Each kill point: the line the doomed relay prints, and how many events it surely left to
  // publish again (published to Kafka, not marked in MongoDB) given the number on that line.
  const killPoints: Array<[KillPoint, string, (commits: number) => number]> = [
    ['before-mark', 'published-unmarked', (commits) => commits * EVENTS_PER_COMMIT],
    ['during-mark', 'half-marked', (commits) => (commits - Math.ceil(commits / 2)) * EVENTS_PER_COMMIT],
    ['during-read', 'reading', () => 0],
  ];

  it.each(killPoints)(
    'loses nothing and applies each event once when the relay is killed %s',
    async (point, line, surelyRepublished) => {
      const streamIds = Array.from({ length: STREAMS }, (_, i) => `contract-${i}-${randomUUID()}`);
      const topic = uniqueName(`relay-${point}`);
      await bus.ensureTopics([topic], 3);
      for (let commit = 0; commit < COMMITS_PER_STREAM; commit++) {
        await Promise.all(
          streamIds.map((streamId) =>
            store.append(
              publishingAsIs({
                streamId,
                expectedVersion: commit === 0 ? NO_STREAM : commit * EVENTS_PER_COMMIT,
                events: Array.from({ length: EVENTS_PER_COMMIT }, (_, i) => ({
                  type: 'ContractAmended',
                  data: { commit, i },
                })),
                metadata: { actor: { userId: 'u-1', role: 'sales_admin' }, correlationId: randomUUID() },
              }),
            ),
          ),
        );
      }
      const childEnv = {
        KAFKA_BROKERS: testKafkaBrokers().join(','),
        MONGODB_URI: testMongoUri(dbName),
        MONGODB_DB: dbName,
        RELAY_CONTEXT: context,
        RELAY_TOPIC: topic,
        RELAY_BATCH_SIZE: '5',
      };

      const doomed = startRelayChild({ ...childEnv, RELAY_KILL_POINT: point, RELAY_HANG_AFTER_BATCHES: '2' });
      const hung = await doomed.line(line);
      doomed.child.kill('SIGKILL');
      expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const republished = surelyRepublished(Number(hung.split(' ')[1]));
      const leftAfterCrash = (await store.unpublished(10_000)).flatMap((c) => c.events);
      expect(leftAfterCrash.length).toBeGreaterThanOrEqual(Math.max(republished, 1));
      if (point === 'during-read') {
        // Killed with commits in flight: handed out by earlier reads, not (all) marked yet.
        expect(Number(hung.split(' ')[1])).toBeGreaterThan(0);
      } else {
        expect(leftAfterCrash.length).toBeLessThan(TOTAL_EVENTS);
      }

      const successor = startRelayChild(childEnv);
      await successor.line('drained');
      expect(await successor.exited).toEqual({ code: 0, signal: null });
      expect(await store.unpublished(10_000)).toEqual([]);

      // What is on the topic: every event at least once, the crashed round's events twice.
      const onTopic: EventEnvelope[] = [];
      const reader = new Kafka({
        clientId: 'relay-crash-reader',
        brokers: testKafkaBrokers(),
        logLevel: logLevel.NOTHING,
      }).consumer({
        groupId: uniqueName('relay-crash-reader'),
        maxWaitTimeInMs: 500,
      });
      await reader.connect();
      await reader.subscribe({ topics: [topic], fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }) => void onTopic.push(fromTransportMessage(message)),
      });
      await eventually(
        'every event on the topic',
        () => new Set(onTopic.map((e) => e.id)).size === TOTAL_EVENTS,
      );
      await reader.disconnect();
      const duplicates = onTopic.length - TOTAL_EVENTS;
      expect(duplicates).toBeGreaterThanOrEqual(republished);
      for (const streamId of streamIds) {
        const firstSeen = [...new Set(onTopic.filter((e) => e.streamId === streamId).map((e) => e.version))];
        expect(firstSeen).toEqual(
          Array.from({ length: COMMITS_PER_STREAM * EVENTS_PER_COMMIT }, (_, i) => i + 1),
        );
      }

      // A consumer whose effect is a document keyed by event id: the duplicate insert is refused.
      const effects = connection.db!.collection<{ _id: string; streamId: string; version: number }>(
        `effects_${point}`,
      );
      await bus.subscribe({
        groupId: uniqueName('relay-crash-effects'),
        topics: [topic],
        handle: async (event) => {
          try {
            await effects.insertOne({ _id: event.id, streamId: event.streamId, version: event.version });
          } catch (error) {
            if ((error as { code?: number }).code !== 11000) throw error;
          }
        },
      });
      await eventually('all effects', async () => (await effects.countDocuments()) === TOTAL_EVENTS);
      expect(await effects.countDocuments()).toBe(TOTAL_EVENTS);
      const stored = await effects.find({}).toArray();
      expect(new Set(stored.map((e) => e._id))).toEqual(new Set(onTopic.map((e) => e.id)));
    },
  );
});
