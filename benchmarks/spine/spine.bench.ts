/**
 * `npm run bench:spine`: the spine's figures, each against its baseline measured in the same run on
 * the same local servers (deploy/local; started here when they are not answering):
 *  - append: MongoEventStore (commit documents, unique index, group commit) vs raw insertMany;
 *  - relay: OutboxRelay (read outbox → publish acks=all → mark) vs a raw kafkajs producer;
 *  - streamLoad: MongoEventStore.readStream of a 100-event stream in a 100,000-commit collection,
 *    cold and warm, vs the raw driver query;
 *  - httpCommands: command throughput and latency over HTTP, distributed (org-service and
 *    targets-service processes on Kafka + MongoDB) vs standalone, and each service's RSS.
 * Prints one JSON document on stdout (progress goes to stderr).
 *
 * Options (environment variable or `--flag=value` after `--`):
 *   BENCH_QUICK=1 / --quick                  smoke run: 5 s HTTP, 20,000 commits, small append/relay
 *   BENCH_ONLY / --only=append,relay,streamLoad,httpCommands
 *   BENCH_HTTP_SECONDS / --http-seconds      measured seconds per HTTP workload (30; quick 5)
 *   BENCH_HTTP_CLIENTS / --http-clients      concurrent HTTP clients (20)
 *   BENCH_STREAM_COMMITS / --stream-commits  commits in the stream-load collection (100,000; quick 20,000)
 *   BENCH_STREAM_LOADS / --stream-loads      stream loads per path (200)
 *   BENCH_SKIP_BUILD=1 / --skip-build        run the existing dist/apps bundles without `nx build`
 *   KAFKA_BROKERS, MONGODB_URI               other servers than deploy/local (then not started here)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { benchAppend } from './append.bench';
import { ensureInfra } from '../bench-run';
import { loadAverage, roundTo } from './bench-stats';
import { benchHttpCommands } from './http-commands.bench';
import { benchRelay } from './relay.bench';
import { benchStreamLoad } from './stream-load.bench';

const ROOT = join(__dirname, '../..');
const SECTIONS = ['append', 'relay', 'streamLoad', 'httpCommands'] as const;
type Section = (typeof SECTIONS)[number];

type Options = {
  quick: boolean;
  only: Section[];
  httpSeconds: number;
  httpClients: number;
  streamCommits: number;
  streamLoads: number;
  build: boolean;
};

function readOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument '${arg}' (flags look like --http-seconds=10)`);
    flags.set(match[1], match[2] ?? '1');
  }
  const option = (flag: string, variable: string) => flags.get(flag) ?? env[variable] ?? '';
  const truthy = (value: string) => ['1', 'true', 'yes'].includes(value.toLowerCase());
  const number = (flag: string, variable: string, fallback: number) => {
    const text = option(flag, variable);
    if (text === '') return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`--${flag} / ${variable} must be a positive number, got '${text}'`);
    return value;
  };
  const quick = truthy(option('quick', 'BENCH_QUICK'));
  const onlyText = option('only', 'BENCH_ONLY');
  const only = onlyText === '' ? [...SECTIONS] : (onlyText.split(',').map((s) => s.trim()) as Section[]);
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length > 0)
    throw new Error(
      `--only / BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`,
    );
  return {
    quick,
    only,
    httpSeconds: number('http-seconds', 'BENCH_HTTP_SECONDS', quick ? 5 : 30),
    httpClients: Math.round(number('http-clients', 'BENCH_HTTP_CLIENTS', 20)),
    streamCommits: Math.round(number('stream-commits', 'BENCH_STREAM_COMMITS', quick ? 20_000 : 100_000)),
    streamLoads: Math.round(number('stream-loads', 'BENCH_STREAM_LOADS', 200)),
    build: !truthy(option('skip-build', 'BENCH_SKIP_BUILD')),
  };
}

/** Which servers the figures were measured on, with the evidence for it. */
async function describeServers(brokers: string[], mongoUri: string) {
  const jarVersion = (dir: string, jar: RegExp) => {
    try {
      const name = readdirSync(join(ROOT, '.cache', dir, 'libs')).find((file) => jar.test(file));
      return name ? jar.exec(name)![1] : undefined;
    } catch {
      return undefined;
    }
  };
  const mongoBackend = () => {
    try {
      const pid = readFileSync(join(ROOT, '.cache/mongo/mongo.pid'), 'utf8').trim();
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--h2')
        ? 'H2 file backend'
        : 'in-memory backend';
    } catch {
      return 'backend unknown';
    }
  };
  let buildInfo: string;
  const connection = await mongoose
    .createConnection(mongoUri, { serverSelectionTimeoutMS: 5_000 })
    .asPromise();
  try {
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    buildInfo = String(info['version']);
  } finally {
    await connection.close();
  }
  const localKafka = !process.env['KAFKA_BROKERS'];
  const localMongo = !process.env['MONGODB_URI'];
  return {
    kafka: {
      brokers: brokers.join(','),
      server: localKafka
        ? `Apache Kafka ${jarVersion('kafka', /^kafka-server-(\d[\w.-]*)\.jar$/) ?? '(version unknown)'}, KRaft single node (deploy/local)`
        : 'KAFKA_BROKERS (version not probed)',
    },
    mongodbWire: {
      uri: mongoUri.replace(/\/\/[^@/]*@/, '//***@'),
      server: localMongo
        ? `mongo-java-server ${jarVersion('mongo', /^mongo-java-server-core-(\d[\w.-]*)\.jar$/) ?? '(version unknown)'}, ${mongoBackend()} (deploy/local)`
        : 'MONGODB_URI',
      buildInfoVersion: buildInfo,
    },
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const loadavgStart = loadAverage();
  const startedAt = new Date();
  const log = (line: string) => process.stderr.write(`[bench:spine] ${line}\n`);
  ensureInfra();
  const brokers = (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(',').map((b) => b.trim());
  const mongoUri = process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017/';
  const servers = await describeServers(brokers, mongoUri);

  const sections: Record<string, unknown> = {};
  const failures: Section[] = [];
  const run = async <T>(
    section: Section,
    work: () => Promise<T>,
    summary: (result: T) => object = () => ({}),
  ) => {
    if (!options.only.includes(section)) return;
    log(`${section}…`);
    const loadavgAtStart = loadAverage();
    const start = process.hrtime.bigint();
    const seconds = () => roundTo(Number(process.hrtime.bigint() - start) / 1e9, 1);
    try {
      const result = await work();
      sections[section] = { ...result, ...summary(result), wallSeconds: seconds(), loadavgAtStart };
      log(`${section}: ${seconds()} s`);
    } catch (error) {
      // A failed section is reported in the JSON (and the exit code), not allowed to take the
      // figures of the others with it.
      const message = String((error as Error).stack ?? error);
      sections[section] = {
        failed: true,
        error: message.slice(0, 4000),
        wallSeconds: seconds(),
        loadavgAtStart,
      };
      failures.push(section);
      log(`${section} FAILED after ${seconds()} s:\n${message}`);
    }
  };

  await run(
    'append',
    () => benchAppend(mongoUri, options.quick ? { commits: 1_000 } : {}),
    (r) => ({ target: 0.5, meetsTarget: r.ratio >= 0.5 }),
  );
  await run(
    'relay',
    () => benchRelay(brokers, mongoUri, options.quick ? { events: 1_000 } : {}),
    (r) => ({ target: 0.7, meetsTarget: r.ratio >= 0.7 }),
  );
  await run('streamLoad', () =>
    benchStreamLoad(mongoUri, { commits: options.streamCommits, loads: options.streamLoads }),
  );
  await run('httpCommands', () =>
    benchHttpCommands({
      brokers,
      mongoUri,
      durationSec: options.httpSeconds,
      clients: options.httpClients,
      warmupSec: options.quick ? 1 : 3,
      healthSec: options.quick ? 2 : 5,
      build: options.build,
      log: (line) => log(`httpCommands: ${line}`),
    }),
  );

  const finishedAt = new Date();
  const report = {
    benchmark: 'spine',
    quick: options.quick,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    wallSeconds: roundTo((finishedAt.getTime() - startedAt.getTime()) / 1000, 1),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryMb: Math.round(totalmem() / 2 ** 20),
      loadavgStart,
      loadavgEnd: loadAverage(),
    },
    servers,
    ...(failures.length > 0 ? { failedSections: failures } : {}),
    ...sections,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (failures.length > 0) {
    log(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
