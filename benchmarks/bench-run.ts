import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { testKafkaBrokers, testMongoUri } from '@sales/shared/testing';
import { loadAverage, roundTo } from './spine/bench-stats';

const ROOT = join(__dirname, '..');

/** The local Kafka and mongo-java-server (deploy/local), unless KAFKA_BROKERS and MONGODB_URI name servers. */
export function ensureInfra(): void {
  if (process.env['KAFKA_BROKERS'] && process.env['MONGODB_URI']) return;
  // infra.sh reports on stdout; it goes to stderr here so stdout carries the JSON report only.
  const up = spawnSync('bash', [join(ROOT, 'deploy/local/infra.sh'), 'up'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (up.status !== 0) {
    throw new Error(
      'local Kafka / mongo-java-server could not be started (deploy/local/infra.sh up); see .cache/ logs',
    );
  }
}

/** What every bench run reports beside its figures: when, where, on what machine and under what load. */
export type BenchRun = Readonly<{
  benchmark: string;
  quick: boolean;
  processes: string;
  startedAt: Date;
  loadavgStart: readonly number[];
}>;

/** Prints the run's JSON report on stdout (the only thing there). */
export function writeBenchReport(run: BenchRun, report: Record<string, unknown>): void {
  const finishedAt = new Date();
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: run.benchmark,
        quick: run.quick,
        processes: run.processes,
        startedAt: run.startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        wallSeconds: roundTo((finishedAt.getTime() - run.startedAt.getTime()) / 1000, 1),
        machine: {
          node: process.version,
          cpus: cpus().length,
          memoryMb: Math.round(totalmem() / 2 ** 20),
          loadavgStart: run.loadavgStart,
          loadavgEnd: loadAverage(),
        },
        servers: {
          kafka: testKafkaBrokers().join(','),
          mongodbWire: testMongoUri('x').replace(/\/x(\?|$)/, '/$1'),
        },
        ...report,
      },
      null,
      2,
    )}\n`,
  );
}

/** Runs a bench's main; a failure prints its stack and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}

/** A bench's command line: `--flag` or `--flag=value`; `--quick` (or BENCH_QUICK=1); positive numbers. */
export type BenchFlags = Readonly<{
  quick: boolean;
  has: (flag: string) => boolean;
  get: (flag: string) => string | undefined;
  /** A positive number given with `--flag=`, else the fallback. */
  number: (flag: string, fallback: number) => number;
}>;

export function readBenchFlags(argv: readonly string[], example: string): BenchFlags {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument '${arg}' (flags look like ${example})`);
    flags.set(match[1], match[2] ?? '1');
  }
  return {
    quick: flags.has('quick') || process.env['BENCH_QUICK'] === '1',
    has: (flag) => flags.has(flag),
    get: (flag) => flags.get(flag),
    number: (flag, fallback) => {
      const text = flags.get(flag);
      if (text === undefined) return fallback;
      const value = Number(text);
      if (!Number.isFinite(value) || value <= 0)
        throw new Error(`--${flag} must be a positive number, got '${text}'`);
      return value;
    },
  };
}
