/**
 * `npm run bench:kpi`: the KPI read model's figures on the local Kafka + MongoDB-wire server
 * (deploy/local, started by `npm run infra:up`), each beside its baseline measured in the same run.
 * Prints one JSON document on stdout (progress on stderr):
 *  - replay: kpi-projector (its own process) reading generated published events of a 12-person
 *    department from the start of the four context topics into a fresh database, events/s and wall
 *    time, for "a year" (20,000 events, 2027-01 to early 2028) and for 100,000 events — next to a
 *    bare kafkajs consumer reading the same topics from the start (no processing);
 *  - visible: a payment produced to contracts' topic at a steady pace (2/s) → the company's
 *    collected amount in kpi-api includes it: p50/p99 delay;
 *  - dashboard: `GET /kpi/figures?subject=division:…&period=2027-Q1` against kpi-api with the year
 *    loaded: p50/p99 over 200 sequential queries;
 *  - rss: VmRSS of the projector and the API processes after the run.
 * The processes run through ts-node (transpile-only), as the integration tests start them: their
 * RSS includes the TypeScript compiler's (~60–80 MB more than a bundled `dist/apps` build).
 *
 * Options: --quick (5,000 and 10,000 events; 10 payments; 100 queries), --year=N, --large=N.
 */
import { readFileSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { generatePublishedEvents, produceReplay, type GeneratedEvent } from '@sales/kpi/testing';
import { openDistributedPlatform, type ApiCall, type ServiceProcess } from '@sales/shared/app-testing';
import { contextTopic } from '@sales/shared/event-sourcing';
import { toTransportMessage } from '@sales/shared/messaging';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';

const admin = { userId: 'p-admin', role: 'admin' } as const;
/** The generated department's VP (libs/kpi/testing/src/published-events.department.ts). */
const vp = { userId: 'gen-p-vp', role: 'vp' } as const;
const CONTEXTS = ['org', 'targets', 'customers', 'contracts'];
const log = (message: string) => process.stderr.write(`[bench:kpi] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function flag(name: string): string | undefined {
  const match = process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  return match === undefined ? undefined : (match.split('=')[1] ?? '1');
}

const quick = flag('quick') !== undefined || process.env['BENCH_QUICK'] === '1';
const YEAR_EVENTS = Number(flag('year') ?? (quick ? 5_000 : 20_000));
const LARGE_EVENTS = Number(flag('large') ?? (quick ? 10_000 : 100_000));
const PAYMENTS = quick ? 10 : 30;
const QUERIES = quick ? 100 : 200;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};
const rssMb = (process_: ServiceProcess) => {
  const status = readFileSync(`/proc/${process_.process.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

/** A bare kafkajs consumer reading the topics from the start until it has seen `count` messages. */
async function bareConsumer(topicPrefix: string, count: number): Promise<number> {
  const kafka = new Kafka({
    clientId: uniqueName('bench-bare'),
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: uniqueName('bench-bare') });
  await consumer.connect();
  await consumer.subscribe({
    topics: CONTEXTS.map((c) => topicPrefix + contextTopic(c)),
    fromBeginning: true,
  });
  const started = performance.now();
  let seen = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        seen += batch.messages.length;
        if (seen >= count) resolve();
      },
    });
  });
  const ms = performance.now() - started;
  await consumer.disconnect();
  return ms;
}

/** Replays `events` into a fresh projector process and times it until its status has read them all. */
async function replay(name: string, events: readonly GeneratedEvent[]) {
  const platform = await openDistributedPlatform(`kpibench-${name}`);
  await produceReplay(platform.topicPrefix, events);
  const database = uniqueName('kpibench');
  // Timed from the spawn: the projector reads while it is still becoming ready.
  const started = performance.now();
  const projector = await platform.start('kpi-projector', { database });
  const readyMs = performance.now() - started;
  const call = platform.api(projector);
  for (;;) {
    const { body } = await call('GET', '/kpi/projector/status', { actor: admin });
    const read = body.runs?.[0]?.eventsRead ?? 0;
    if (read >= events.length) break;
    await sleep(100);
  }
  const projectorMs = performance.now() - started;
  const bareMs = await bareConsumer(platform.topicPrefix, events.length);
  const figures = {
    events: events.length,
    projector: {
      wallSeconds: round(projectorMs / 1000),
      eventsPerSecond: Math.round(events.length / (projectorMs / 1000)),
      /** Of the wall time: spawning the process (ts-node) until /health/ready. */
      startupSeconds: round(readyMs / 1000),
    },
    bareConsumer: {
      wallSeconds: round(bareMs / 1000),
      eventsPerSecond: Math.round(events.length / (bareMs / 1000)),
    },
  };
  log(`${name}: ${JSON.stringify(figures)}`);
  return { platform, projector, database, figures };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function received(kpi: ApiCall): Promise<number> {
  const { status, body } = await kpi('GET', '/kpi/figures?subject=company&period=2027-Q1&asOf=2027-12-31', {
    actor: vp,
  });
  if (status !== 200) throw new Error(`figures: ${status} ${JSON.stringify(body)}`);
  return body.figures.find((f: { id: string }) => f.id === 'P3').inputs.received.amountMinor;
}

async function main() {
  const started = new Date().toISOString();
  const year = generatePublishedEvents({ events: YEAR_EVENTS });
  const { platform, projector, database, figures: yearReplay } = await replay('year', year);
  try {
    // kpi-api on the year's read model; its clock in 2027-12-31 so every figure of 2027 may be asked.
    const api = await platform.start('kpi-api', {
      database,
      env: { SALES_CLOCK: '2027-12-31T18:00:00+08:00' },
    });
    const kpi = platform.api(api);
    await received(kpi);

    const dashboard: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      const { status } = await kpi(
        'GET',
        '/kpi/figures?subject=division:gen-d-east&period=2027-Q1&asOf=2027-12-31',
        { actor: vp },
      );
      if (status !== 200) throw new Error(`dashboard query answered ${status}`);
      dashboard.push(performance.now() - t);
    }
    log(`dashboard p50 ${percentile(dashboard, 50)} ms p99 ${percentile(dashboard, 99)} ms`);

    // A steady trickle of payments: each one's delay until kpi-api's figure includes it.
    const template = year.find(
      (e) =>
        e.envelope.type === 'PaymentReceived' &&
        String((e.envelope.data as { receivedOn: string }).receivedOn) < '2027-04-01',
    );
    if (!template) throw new Error('no Q1 payment to copy');
    const kafka = new Kafka({
      clientId: uniqueName('bench-pay'),
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const visible: number[] = [];
    for (let i = 0; i < PAYMENTS; i++) {
      const before = await received(kpi);
      const id = `bench-pay-${i}`;
      const envelope = {
        ...template.envelope,
        id,
        version: 10_000 + i,
        time: new Date().toISOString(),
        data: { ...(template.envelope.data as object), paymentId: id, amountMinor: 100 },
      };
      const t = performance.now();
      await producer.send({
        topic: platform.topicPrefix + contextTopic('contracts'),
        acks: -1,
        messages: [toTransportMessage(envelope)],
      });
      while ((await received(kpi)) === before) await sleep(10);
      visible.push(performance.now() - t);
      await sleep(500);
    }
    await producer.disconnect();
    log(`visible p50 ${percentile(visible, 50)} ms p99 ${percentile(visible, 99)} ms`);
    const rss = { projectorMb: rssMb(projector), apiMb: rssMb(api) };

    const large = await replay('large', generatePublishedEvents({ events: LARGE_EVENTS, seed: 7 }));
    const largeRss = rssMb(large.projector);
    await large.platform.close();

    process.stdout.write(
      `${JSON.stringify(
        {
          bench: 'kpi',
          started,
          finished: new Date().toISOString(),
          quick,
          servers: { kafka: testKafkaBrokers().join(','), mongo: 'mongo-java-server (deploy/local)' },
          replay: {
            year: yearReplay,
            large: large.figures,
            aim: 'a year of demo data replays in under 60 s',
          },
          visible: {
            samples: visible.length,
            p50Ms: percentile(visible, 50),
            p99Ms: percentile(visible, 99),
            aim: 'p99 < 1 s',
          },
          dashboard: {
            query: 'division:gen-d-east, 2027-Q1',
            samples: dashboard.length,
            p50Ms: percentile(dashboard, 50),
            p99Ms: percentile(dashboard, 99),
            aim: 'p99 < 50 ms',
          },
          rss: {
            ...rss,
            projectorAfterLargeMb: largeRss,
            aim: '< 200 MB each',
            note: 'ts-node processes (compiler included)',
          },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await platform.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
