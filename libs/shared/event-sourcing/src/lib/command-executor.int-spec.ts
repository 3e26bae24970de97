import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { testMongoUri, uniqueName } from '@sales/shared/testing';
import mongoose, { type Connection } from 'mongoose';
import { MongoEventStore } from './mongo-event-store';

const ROOT = join(__dirname, '../../../../..');
const CHILD = join(__dirname, '../test/command-writer.child.ts');

type WriterResult = Readonly<{
  writer: string;
  ok: number;
  conflicts: number;
  errors: string[];
  retries: number;
  retriesCounted: number;
  mostAttempts: number;
  startedAt: number;
  finishedAt: number;
}>;

type Writer = Readonly<{ child: ChildProcess; ready: Promise<void>; result: Promise<WriterResult> }>;

/** A writer process (its own store and executor); settles `ready`, then `result` after `go`. */
function startWriter(env: Record<string, string>): Writer {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', CHILD],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.spec.json'), LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const line = (prefix: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = stdout.split('\n').find((l) => l.startsWith(prefix));
        if (found !== undefined) resolve(found);
      };
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        check();
      });
      child.on('exit', (code) => {
        check();
        reject(new Error(`writer ${env['WRITER_NAME']} exited (${code}) before "${prefix}":\n${stderr}`));
      });
    });
  return {
    child,
    ready: line('ready').then(() => undefined),
    result: line('result ').then((l) => JSON.parse(l.slice('result '.length)) as WriterResult),
  };
}

describe('CommandExecutor across processes (two writer processes, real MongoDB-wire server)', () => {
  const dbName = uniqueName('cmd-queue');
  let connection: Connection;
  let store: MongoEventStore;
  const writers: Writer[] = [];

  beforeAll(async () => {
    connection = await mongoose.createConnection(testMongoUri(dbName)).asPromise();
    store = new MongoEventStore(connection, { context: 'targets', collectionPrefix: 'targets_' });
    await store.init();
  });

  afterEach(() => {
    for (const { child } of writers.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  afterAll(async () => {
    await store.close();
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  });

  it.each([50, 100])(
    'two processes fire %i concurrent commands each at one stream: every one lands, none lost, per-process order kept',
    async (perWriter) => {
      const streamId = `plan-${perWriter}`;
      const names = ['writer-a', 'writer-b'];
      writers.push(
        ...names.map((name) =>
          startWriter({
            WRITER_NAME: name,
            WRITER_STREAM: streamId,
            WRITER_COMMANDS: String(perWriter),
            WRITER_MONGODB_URI: testMongoUri(dbName),
          }),
        ),
      );
      await Promise.all(writers.map((w) => w.ready));
      for (const { child } of writers) child.stdin!.write('go\n');
      const results = await Promise.all(writers.map((w) => w.result));

      // Both were writing at the same time (one machine, one clock), or nothing was tested.
      expect(Math.max(...results.map((r) => r.startedAt))).toBeLessThan(
        Math.min(...results.map((r) => r.finishedAt)),
      );
      const total = perWriter * names.length;
      const retries = results.reduce((sum, r) => sum + r.retriesCounted, 0);
      console.log(
        `${names.length} processes × ${perWriter} commands on one stream: ` +
          `${results.reduce((s, r) => s + r.ok, 0)} ok, ${results.reduce((s, r) => s + r.conflicts, 0)} conflicts, ` +
          `${retries} retries in all (${results.map((r) => `${r.writer}: ${r.retriesCounted} retries, most attempts ${r.mostAttempts}, ${r.finishedAt - r.startedAt} ms`).join('; ')})`,
      );
      expect(results.map(({ writer, ok, conflicts, errors }) => ({ writer, ok, conflicts, errors }))).toEqual(
        names.map((writer) => ({ writer, ok: perWriter, conflicts: 0, errors: [] })),
      );
      for (const r of results) expect(r.retriesCounted).toBe(r.retries);

      const stream = await new MongoEventStore(connection, {
        context: 'targets',
        collectionPrefix: 'targets_',
      }).readStream(streamId);
      expect(stream.version).toBe(total);
      expect(stream.events.map((e) => e.version)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      const entries = stream.events.map((e) => e.data as { writer: string; n: number });
      for (const writer of names) {
        // Each process's queue is FIFO, so its commands land in the order they were issued.
        expect(entries.filter((e) => e.writer === writer).map((e) => e.n)).toEqual(
          Array.from({ length: perWriter }, (_, n) => n),
        );
      }
    },
    120_000,
  );
});
