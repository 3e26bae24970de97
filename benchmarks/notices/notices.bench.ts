/**
 * `npm run bench:notices` (quick: `bench:notices:quick`): how soon a delay notice or a stop
 * directive reaches the installer's inbox (X2), beside the baseline of a bare kafkajs consumer on
 * the same topic, measured in the same run on the local Kafka + MongoDB-wire server (deploy/local,
 * started here when not answering), loopback only. appraisal-service (which hosts notices) runs as
 * its own process — the production bundle (`nx build appraisal-service`, `node dist/…/main.js`,
 * --max-old-space-size=160 as docker-compose runs it), or through ts-node with --ts-node.
 *
 * What is timed: InstallationMilestoneDelayed and StopDirectiveIssued events, in turn, produced
 * to contracts' topic at a steady pace (acks=all) — the relay's publish at the command's commit —
 * until the installer's `GET /notices/unread-count`, polled back to back, counts them (an upper
 * bound: the poll's own latency is its resolution). The baseline: a bare consumer (own group, the
 * bus's fetch wait of 1 s) receiving the same records. Prints one JSON document on stdout.
 *
 * Options: --quick (30 events at 3/s), --count=N (default 150), --per-second=N (default 5),
 * --skip-build, --ts-node, --keep (leave the database and topics).
 */
import { Kafka, type Producer, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { contextTopic } from '@sales/shared/event-sourcing';
import { toTransportMessage } from '@sales/shared/messaging';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import { type RunMode, buildKpiApps, memoryOf, openKpiBenchPlatform } from '../kpi/kpi-bench-platform';
import { ensureInfra, readBenchFlags, runBench, writeBenchReport } from '../bench-run';
import { loadAverage, percentiles, roundTo } from '../spine/bench-stats';
import { BENCH_INSTALLER, benchAssignment, benchOrgEvents, benchTimedEvent } from './notices-bench-events';

const APP = 'appraisal-service' as const;
const CONTRACT = 'bench-k1';
const log = (line: string) => process.stderr.write(`[bench:notices] ${line}\n`);

function readOptions(argv: string[]) {
  const flags = readBenchFlags(argv, '--count=100');
  const { quick, number } = flags;
  const mode: RunMode = flags.has('ts-node') ? 'ts-node' : 'bundle';
  return {
    quick,
    mode,
    build: mode === 'bundle' && !flags.has('skip-build'),
    keep: flags.has('keep'),
    count: Math.round(number('count', quick ? 30 : 150)),
    perSecond: number('per-second', quick ? 3 : 5),
  };
}

async function send(
  producer: Producer,
  topicPrefix: string,
  events: readonly EventEnvelope[],
): Promise<void> {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const event of events) {
    const topic = topicPrefix + contextTopic(event.context);
    const { key, value, headers } = toTransportMessage(event);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), { key, value, headers: { ...headers } }]);
  }
  await producer.sendBatch({
    acks: -1,
    topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
  });
}

const sleepUntil = async (at: number) => {
  const ms = at - performance.now();
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
};

async function cleanUp(database: string, topicPrefix: string): Promise<void> {
  const connection = await mongoose.createConnection(testMongoUri(database)).asPromise();
  await connection.dropDatabase().finally(() => connection.close());
  const admin = new Kafka({
    clientId: 'bench-notices-clean',
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
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
    log(`nx build ${APP}`);
    buildKpiApps([APP]);
  }
  const platform = await openKpiBenchPlatform('noticesbench', options.mode);
  const database = uniqueName('noticesbench');
  const kafka = new Kafka({
    clientId: uniqueName('bench-notices'),
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const bare = kafka.consumer({ groupId: uniqueName('bench-notices-bare'), maxWaitTimeInMs: 1_000 });
  const contractsTopic = platform.topicPrefix + contextTopic('contracts');
  let report: Record<string, unknown> = {};
  try {
    await producer.connect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: ['org', 'contracts'].map((c) => ({
        topic: platform.topicPrefix + contextTopic(c),
        numPartitions: 1,
      })),
    });
    await admin.disconnect();
    await send(producer, platform.topicPrefix, [...benchOrgEvents(), benchAssignment(CONTRACT)]);

    log(`start ${APP} (${options.mode})`);
    const service = await platform.start(APP, database, {
      SALES_CLOCK: '2027-03-01T10:00:00+08:00',
    });
    const call = platform.api(service);
    const polls: number[] = [];
    const unread = async (): Promise<number> => {
      const { status, body, ms } = await call('GET', '/notices/unread-count', BENCH_INSTALLER);
      if (status !== 200) throw new Error(`unread-count answered ${status}: ${JSON.stringify(body)}`);
      polls.push(ms);
      return body.unread as number;
    };

    // Warm-up: the org replica knows the installer and the ledger his assignment once one notice arrives.
    let next = 0;
    await send(producer, platform.topicPrefix, [benchTimedEvent(CONTRACT, next++)]);
    const warmDeadline = performance.now() + 120_000;
    for (;;) {
      const ok = await unread().catch(() => 0);
      if (ok >= 1) break;
      if (performance.now() > warmDeadline)
        throw new Error(`no warm-up notice within 120 s:\n${service.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const base = await unread();
    polls.length = 0;

    const timedIds = new Map<string, number>();
    const sentAt: number[] = [];
    const bareAt = new Map<number, number>();
    await bare.connect();
    await bare.subscribe({ topic: contractsTopic, fromBeginning: true });
    await bare.run({
      eachMessage: async ({ message }) => {
        const index = timedIds.get(String(message.headers?.['ce_id'] ?? ''));
        if (index !== undefined && !bareAt.has(index)) bareAt.set(index, performance.now());
      },
    });
    // Let the bare consumer join and read the warm-up before the timed events start.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    log(`timed: ${options.count} events at ${options.perSecond}/s`);
    const delays: number[] = [];
    let sending = true;
    const poller = (async () => {
      const stop = () => !sending && performance.now() > (sentAt.at(-1) ?? 0) + 15_000;
      while (delays.length < options.count && !stop()) {
        const count = await unread();
        const answeredAt = performance.now();
        const visible = Math.min(count - base, sentAt.length);
        for (let k = delays.length; k < visible; k++) delays.push(answeredAt - sentAt[k]);
      }
    })();
    const t0 = performance.now();
    for (let i = 0; i < options.count; i++) {
      await sleepUntil(t0 + (i * 1000) / options.perSecond);
      const event = benchTimedEvent(CONTRACT, next++);
      timedIds.set(event.id, i);
      const t = performance.now();
      sentAt.push(t);
      await send(producer, platform.topicPrefix, [event]);
    }
    sending = false;
    await poller;
    const bareDeadline = performance.now() + 15_000;
    while (bareAt.size < options.count && performance.now() < bareDeadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const bareDelays = [...bareAt].map(([i, at]) => at - sentAt[i]);
    const inbox = percentiles(delays);
    const baseline = percentiles(bareDelays);
    report = {
      timed: {
        what: 'InstallationMilestoneDelayed / StopDirectiveIssued (in turn) produced to contracts topic → the installer’s GET /notices/unread-count counts it',
        events: options.count,
        perSecond: options.perSecond,
        notVisible: options.count - delays.length,
      },
      inbox: { ...inbox, pollQuery: percentiles(polls) },
      bareConsumer: { ...baseline, notReceived: options.count - bareDelays.length },
      overBaseline: {
        p50Ms: roundTo(inbox.p50Ms - baseline.p50Ms, 2),
        p99Ms: roundTo(inbox.p99Ms - baseline.p99Ms, 2),
      },
      rss: {
        ...memoryOf(service.pid),
        note: options.mode === 'bundle' ? 'production bundle, --max-old-space-size=160' : 'ts-node',
      },
      aim: 'inbox p99 < 1 s',
      meetsAim: inbox.p99Ms < 1000 && delays.length === options.count,
    };
  } finally {
    await bare.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await platform.close();
    if (!options.keep)
      await cleanUp(database, platform.topicPrefix).catch((error: unknown) =>
        log(`clean-up failed: ${String(error)}`),
      );
  }
  writeBenchReport(
    { benchmark: 'notices', quick: options.quick, processes: options.mode, startedAt, loadavgStart },
    report,
  );
}

runBench(main);
