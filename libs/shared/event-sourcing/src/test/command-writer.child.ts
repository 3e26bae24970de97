// One writer process for command-executor.int-spec.ts: its own MongoEventStore and CommandExecutor
// on the shared database, retry budget from the validated config (COMMAND_RETRIES,
// COMMAND_RETRY_BACKOFF_MS). It says `ready`, waits for `go` on stdin (so the processes start
// together), fires WRITER_COMMANDS commands at once at WRITER_STREAM and prints `result <json>`.
import { createInterface } from 'node:readline';
import { loadConfig } from '@sales/shared/config';
import type { Aggregate } from '@sales/shared/domain';
import { PlatformMetrics } from '@sales/shared/observability';
import mongoose from 'mongoose';
import { CommandExecutor } from '../lib/command-executor';
import { MongoEventStore } from '../lib/mongo-event-store';

type Entry = { writer: string; n: number };
type RecordEntry = { type: 'RecordEntry'; data: Entry };
type EntryRecorded = { type: 'EntryRecorded'; data: Entry };

/** Accepts every entry: any command that does not land is the executor's failure, not a rule's. */
const ledger: Aggregate<{ entries: number }, RecordEntry, EntryRecorded> = {
  publish: (event) => [{ type: event.type, schemaVersion: 1, data: event.data }],
  initialState: () => ({ entries: 0 }),
  evolve: (state) => ({ entries: state.entries + 1 }),
  decide: (command) => [{ type: 'EntryRecorded', data: command.data }],
};

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const writer = env('WRITER_NAME');
  const streamId = env('WRITER_STREAM');
  const commands = Number(env('WRITER_COMMANDS'));
  const connection = await mongoose.createConnection(env('WRITER_MONGODB_URI')).asPromise();
  const store = new MongoEventStore(connection, { context: 'targets', collectionPrefix: 'targets_' });
  await store.init();
  const metrics = new PlatformMetrics({ defaultMetrics: false });
  const executor = new CommandExecutor(store, metrics, () => undefined, config.commandRetry);
  await store.readStream(streamId);

  const lines = createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => lines.on('line', (line) => line === 'go' && resolve()));
  lines.close();

  const started = Date.now();
  const outcomes = await Promise.allSettled(
    Array.from({ length: commands }, (_, n) =>
      executor.execute(
        ledger,
        streamId,
        { type: 'RecordEntry', data: { writer, n } },
        { userId: writer, role: 'admin' },
      ),
    ),
  );
  const ok = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const errors = outcomes.flatMap((o) =>
    o.status === 'rejected' ? [String((o.reason as { code?: string }).code ?? o.reason)] : [],
  );
  const counted = (await metrics.commandRetries.get()).values.reduce((sum, v) => sum + v.value, 0);
  const result = {
    writer,
    ok: ok.length,
    conflicts: errors.filter((code) => code === 'concurrency-conflict').length,
    errors: errors.filter((code) => code !== 'concurrency-conflict'),
    retries: ok.reduce((sum, r) => sum + r.attempts - 1, 0),
    retriesCounted: counted,
    mostAttempts: Math.max(0, ...ok.map((r) => r.attempts)),
    startedAt: started,
    finishedAt: Date.now(),
    budget: config.commandRetry,
  };
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
  await store.close();
  await connection.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
