/**
 * `npm run bench:kpi`: the KPI read model on the local Kafka + MongoDB-wire server (deploy/local,
 * started here when not answering), each figure beside its baseline measured in the same run.
 * kpi-projector and kpi-api run as their own processes — the production bundles (`nx build`,
 * `node dist/apps/<app>/main.js`, NODE_OPTIONS=--max-old-space-size=160 as docker-compose runs
 * them), or through ts-node with --ts-node. Prints one JSON document on stdout (progress on stderr):
 *  - replay.year: a year of demo-like data (the generated department of 12 salespeople, 2027,
 *    ~17,500 published events, see kpi-bench-events.ts) replayed by a fresh projector on an empty
 *    database: wall time from spawn, the reading rate, beside a bare kafkajs consumer on the same topics;
 *  - replay.large: the same for 100,000 events (quick: 10,000) on topics of their own;
 *  - dashboard: a division-quarter `GET /kpi/figures` (and two others for context) against kpi-api
 *    with the year loaded, p50/p99;
 *  - visible: payments produced to contracts' topic at a steady pace beside a steady load of other
 *    events → the company's collected amount in kpi-api includes them: p50/p99 delay;
 *  - rss: VmRSS / VmHWM of the projector and the API (/proc/<pid>/status).
 *
 * Options (`--flag=value`): --quick (10,000 large events, 100 queries, 15 s visible), --skip-build
 * (use the existing dist/apps bundles), --ts-node, --large=N, --queries=N, --visible-seconds=N,
 * --payments-per-second=N, --load-per-second=N, --keep (leave the databases and topics),
 * --profile=<dir> (V8 CPU profiles of the year's kpi-projector and kpi-api, written when they stop).
 */
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import { ensureInfra, readBenchFlags, runBench, writeBenchReport } from '../bench-run';
import { loadAverage, roundTo } from '../spine/bench-stats';
import { benchDashboard } from './dashboard.bench';
import { buildKpiApps, memoryOf, openKpiBenchPlatform, type RunMode } from './kpi-bench-platform';
import { manyEvents, yearOfEvents } from './kpi-bench-events';
import { benchReplay } from './replay.bench';
import { benchVisible } from './visible.bench';

const log = (line: string) => process.stderr.write(`[bench:kpi] ${line}\n`);

function readOptions(argv: string[]) {
  const flags = readBenchFlags(argv, '--large=20000');
  const { quick, number } = flags;
  const mode: RunMode = flags.has('ts-node') ? 'ts-node' : 'bundle';
  return {
    quick,
    mode,
    build: mode === 'bundle' && !flags.has('skip-build'),
    keep: flags.has('keep'),
    profileDir: flags.get('profile'),
    large: Math.round(number('large', quick ? 10_000 : 100_000)),
    queries: Math.round(number('queries', quick ? 100 : 300)),
    visible: {
      seconds: number('visible-seconds', quick ? 15 : 60),
      paymentsPerSecond: number('payments-per-second', 5),
      loadPerSecond: number('load-per-second', 20),
    },
  };
}

/** Drops the bench's databases and deletes its topics (with their dead-letter topics). */
async function cleanUp(databases: string[], topicPrefixes: string[]): Promise<void> {
  for (const database of databases) {
    const connection = await mongoose.createConnection(testMongoUri(database)).asPromise();
    await connection.dropDatabase().finally(() => connection.close());
  }
  const admin = new Kafka({
    clientId: 'bench-kpi-clean',
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => topicPrefixes.some((p) => t.startsWith(p)));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const startedAt = new Date();
  const loadavgStart = loadAverage();
  ensureInfra();
  if (options.build) {
    log('nx build kpi-projector kpi-api');
    buildKpiApps();
  }
  const { year, after, byType, people } = yearOfEvents();
  log(`a year: ${year.length} events (${people.salespeople} salespeople); large: ${options.large}`);

  const yearPlatform = await openKpiBenchPlatform('kpibench-year', options.mode);
  const yearDb = uniqueName('kpibench-year');
  const largePlatform = await openKpiBenchPlatform('kpibench-large', options.mode);
  const largeDb = uniqueName('kpibench-large');
  const report: Record<string, unknown> = {};
  try {
    log('replay: a year…');
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
    const replayed = await benchReplay(yearPlatform, yearDb, year, profile);
    log(`replay year: ${JSON.stringify(replayed.result)}`);
    const api = await yearPlatform.start(
      'kpi-api',
      yearDb,
      { SALES_CLOCK: '2027-12-31T18:00:00+08:00' },
      profile,
    );
    const kpi = yearPlatform.api(api);
    log('dashboard…');
    const dashboard = await benchDashboard(kpi, options.queries);
    log(`dashboard: ${JSON.stringify(dashboard)}`);
    log(`visible: ${options.visible.seconds} s…`);
    const visible = await benchVisible(kpi, yearPlatform.topicPrefix, year, after, options.visible);
    log(`visible: ${JSON.stringify(visible)}`);
    const rss = { projector: memoryOf(replayed.projector.pid), api: memoryOf(api.pid) };
    await yearPlatform.close();

    log(`replay: ${options.large} events…`);
    const large = await benchReplay(largePlatform, largeDb, manyEvents(options.large));
    log(`replay large: ${JSON.stringify(large.result)}`);
    // kpi-api holds the active version's facts in memory (FactCache): its size and query time
    // grow with the read model, so it is measured on the large one too.
    const largeApi = await largePlatform.start('kpi-api', largeDb, {
      SALES_CLOCK: '2027-12-31T18:00:00+08:00',
    });
    const loading = performance.now();
    const largeKpi = largePlatform.api(largeApi);
    await benchDashboard(largeKpi, 1, ['divisionQuarter']);
    const firstQuerySeconds = roundTo((performance.now() - loading) / 1000, 2);
    const largeDashboard = await benchDashboard(largeKpi, Math.min(options.queries, 50), ['divisionQuarter']);
    const apiOnLarge = { firstQuerySeconds, ...largeDashboard, ...memoryOf(largeApi.pid) };
    log(`api on large: ${JSON.stringify(apiOnLarge)}`);
    await largePlatform.close();

    Object.assign(report, {
      replay: {
        year: {
          ...replayed.result,
          what: `a year (2027) of a generated department: ${people.salespeople} salespeople, ${people.managers} division managers, ${people.others} others`,
          byType,
        },
        large: { ...large.result, apiOnLarge },
        aim: 'a year of demo data replays in under 60 s',
        meetsAim: replayed.result.projector.wallSeconds < 60,
      },
      dashboard: {
        ...dashboard,
        aim: 'divisionQuarter p99 < 50 ms',
        meetsAim: dashboard['divisionQuarter'].samples.p99Ms < 50,
      },
      visible: {
        ...visible,
        aim: 'p99 < 1 s',
        meetsAim: visible.delay.p99Ms < 1000 && visible.notVisible === 0,
      },
      rss: {
        ...rss,
        projectorAfterLargeReplay: {
          rssMb: large.result.projector.rssMb,
          peakRssMb: large.result.projector.peakRssMb,
        },
        aim: '< 200 MB each',
        meetsAim:
          Math.max(rss.projector.peakRssMb, rss.api.peakRssMb, large.result.projector.peakRssMb) < 200,
        note:
          options.mode === 'bundle'
            ? 'production bundles, --max-old-space-size=160'
            : 'ts-node (TypeScript compiler in the process)',
      },
    });
  } finally {
    await yearPlatform.close();
    await largePlatform.close();
    if (!options.keep)
      await cleanUp([yearDb, largeDb], [yearPlatform.topicPrefix, largePlatform.topicPrefix]).catch(
        (error: unknown) => log(`clean-up failed: ${String(error)}`),
      );
  }
  writeBenchReport(
    { benchmark: 'kpi', quick: options.quick, processes: options.mode, startedAt, loadavgStart },
    report,
  );
}

runBench(main);
