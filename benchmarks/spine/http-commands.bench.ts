import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { LocalIssuer } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { DEMO_DIVISIONS, DEMO_VP, salespersonTargets } from '@sales/demo';
import { type Percentiles, loadAverage, percentiles, roundTo } from './bench-stats';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const ROOT = join(__dirname, '../..');
const ISSUER = 'urn:sales:bench';
const AUDIENCE = 'sales-platform';
const RSS_TARGET_MB = 200;
const APPS = ['org-service', 'targets-service', 'standalone'] as const;

export type HttpBenchOptions = {
  brokers: string[];
  mongoUri: string;
  /** Measured seconds per workload (default 30). */
  durationSec?: number;
  /** Concurrent closed-loop clients (default 20). */
  clients?: number;
  /** Unmeasured seconds of the same load before each measurement (default 3). */
  warmupSec?: number;
  /** Seconds of GET /health/live, the HTTP stack's own ceiling (default 5; 0 = skip). */
  healthSec?: number;
  /** `nx build` the three apps first (default true; Nx's cache makes an unchanged rebuild quick). */
  build?: boolean;
  /** Progress lines go here (stderr by default), never to stdout. */
  log?: (line: string) => void;
};

type StatusCounts = {
  ok2xx: number;
  conflict409: number;
  other4xx: number;
  server5xx: number;
  networkError: number;
};

export type LoadResult = {
  durationSec: number;
  clients: number;
  requests: number;
  requestsPerSec: number;
  okPerSec: number;
  status: StatusCounts;
  /** Every response (and network error), whatever its status. */
  latency: Percentiles;
  /** The 2xx responses only. */
  okLatency: Percentiles;
  /** 2xx per second in consecutive windows of the run: shows a slowdown as streams grow. */
  okPerSecByWindow: { windowSec: number; values: number[] };
  /** The first response of each distinct non-2xx status/error (bodies cut at 300 characters). */
  errorSamples: Array<{ status: number; body: string }>;
  loadavgAtStart: number[];
};

export type WorkloadResult = LoadResult & {
  /** Events in the streams the workload appends to, per stream, when the measurement began and ended. */
  streamEvents: { streams: number; meanPerStreamAtStart: number; meanPerStreamAtEnd: number };
  /**
   * Commands decided again because another writer appended to their stream first
   * (`sales_command_retries_total` of the targets process over the measurement; 0 within one
   * process, whose commands on a stream queue).
   */
  commandRetries: number;
};

export type ProcessMemory = {
  pid: number;
  /** VmRSS once seeded, before any load. */
  rssAfterSeedMb: number;
  /** VmRSS after the last workload. */
  rssAfterRunMb: number;
  /** VmHWM: the highest RSS the process reached. */
  peakRssMb: number;
  /** V8 heap in use and reserved, and memory outside the heap (Buffers), from the service's /metrics after the run. */
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  targetMb: number;
  meetsTarget: boolean;
  /** Exit code after SIGTERM (0 = graceful). */
  exitCode: number | null;
};

export type ModeResult = {
  processes: string;
  startSeconds: number;
  seedSeconds: number;
  /** GET /health/live (public, no store): what the HTTP stack and this load generator reach. */
  healthLive?: LoadResult;
  /** PUT /targets/plans/:year/nodes/salesperson:<id>, clients spread over the salespeople. */
  planNodes: WorkloadResult;
  /** PUT /targets/reviews/:year/1/<id>, each client its own salesperson's review. */
  reviews: WorkloadResult;
  memory: Record<string, ProcessMemory>;
};

export type HttpBenchResult = {
  durationSec: number;
  clients: number;
  warmupSec: number;
  fiscalYear: number;
  seeded: { divisions: number; managers: number; salespeople: number };
  workloads: Record<
    'planNodes' | 'reviews',
    { request: string; actor: string; streams: string; command: string }
  >;
  distributed: ModeResult;
  standalone: ModeResult;
  /** distributed / standalone, 2xx per second. */
  ratios: { planNodesOkPerSec: number; reviewsOkPerSec: number; healthLivePerSec?: number };
  notes: string[];
};

/**
 * HTTP command throughput and latency with `clients` concurrent closed-loop clients, in
 * distributed mode (org-service and targets-service as their own processes on the real Kafka and
 * MongoDB-wire servers) next to standalone (one process, file stores, in-process bus). Both run the
 * production bundles (`nx build`, `node dist/apps/<app>/main.js`) with tokens of a local issuer
 * whose JWKS file they are given. The org (the demo department's VP, divisions, managers and
 * salespeople) and the fiscal year's plan are created through the HTTP API first.
 */
export async function benchHttpCommands(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const durationSec = options.durationSec ?? 30;
  const clients = options.clients ?? 20;
  const warmupSec = options.warmupSec ?? 3;
  const healthSec = options.healthSec ?? 5;
  const log = options.log ?? ((line: string) => process.stderr.write(`[bench:http] ${line}\n`));
  if (options.build !== false) buildApps(log);
  for (const app of APPS) {
    if (!existsSync(bundle(app))) throw new Error(`${bundle(app)} is missing: run npx nx build ${app}`);
  }

  const dir = await mkdtemp(join(tmpdir(), 'bench-http-'));
  try {
    const issuer = await LocalIssuer.open(dir, ISSUER, AUDIENCE);
    const jwksFile = join(dir, 'jwks.json');
    await writeFile(jwksFile, JSON.stringify(issuer.jwks()));
    const fiscalYear = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
    );
    const org = await Organisation.create(issuer, fiscalYear);
    const run = { durationSec, clients, warmupSec, healthSec, org, log };
    const authEnv = { AUTH_JWKS_FILE: jwksFile, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };

    const prefix = `bench-http-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}.`;
    const databases = { org: `bench_http_org_${randomBytes(3).toString('hex')}`, targets: '' };
    databases.targets = databases.org.replace('_org_', '_targets_');
    const distributed = await benchMode(run, 'distributed', async () => {
      const common = {
        ...authEnv,
        SALES_MODE: 'distributed',
        KAFKA_BROKERS: options.brokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
      };
      const started = await Promise.allSettled([
        startService('org-service', {
          ...common,
          MONGODB_URI: withDatabase(options.mongoUri, databases.org),
        }),
        startService('targets-service', {
          ...common,
          MONGODB_URI: withDatabase(options.mongoUri, databases.targets),
        }),
      ]);
      const [orgService, targetsService] = started;
      if (orgService.status === 'rejected' || targetsService.status === 'rejected') {
        // The one that did start must not outlive the bench.
        await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
        throw started.find((s): s is PromiseRejectedResult => s.status === 'rejected')!.reason;
      }
      return { org: orgService.value, targets: targetsService.value };
    }).finally(() => cleanUpDistributed(options, prefix, Object.values(databases)));

    const standalone = await benchMode(run, 'standalone', async () => {
      const service = await startService('standalone', {
        ...authEnv,
        DATA_DIR: join(dir, 'standalone-data'),
      });
      return { org: service, targets: service };
    });

    const ratio = (
      a: LoadResult | undefined,
      b: LoadResult | undefined,
      field: 'okPerSec' | 'requestsPerSec',
    ) => (a && b && b[field] > 0 ? roundTo(a[field] / b[field], 2) : 0);
    return {
      durationSec,
      clients,
      warmupSec,
      fiscalYear,
      seeded: {
        divisions: DEMO_DIVISIONS.length,
        managers: DEMO_DIVISIONS.length,
        salespeople: org.salespeople.length,
      },
      workloads: {
        planNodes: {
          request: `PUT /targets/plans/${fiscalYear}/nodes/salesperson:<id> (SetTargets, 5 metrics, figures change every request)`,
          actor: "the salesperson's division manager",
          streams: `one: plan-${fiscalYear} (every node of a fiscal year's plan is in that one stream, so this is also the all-clients-on-one-stream variant)`,
          command: `client i works on salesperson i mod ${org.salespeople.length}`,
        },
        reviews: {
          request: `PUT /targets/reviews/${fiscalYear}/1/<id> (SubmitQuarterlyReview, resubmitted while not yet commented)`,
          actor: 'the salesperson themself',
          streams: `${Math.min(clients, org.salespeople.length)} (review-${fiscalYear}-Q1-<id>, one per salesperson)`,
          command: `client i works on salesperson i mod ${org.salespeople.length}`,
        },
      },
      distributed,
      standalone,
      ratios: {
        planNodesOkPerSec: ratio(distributed.planNodes, standalone.planNodes, 'okPerSec'),
        reviewsOkPerSec: ratio(distributed.reviews, standalone.reviews, 'okPerSec'),
        ...(distributed.healthLive
          ? { healthLivePerSec: ratio(distributed.healthLive, standalone.healthLive, 'requestsPerSec') }
          : {}),
      },
      notes: [
        'Closed loop: each client sends its next request when the previous one is answered; requests started before the deadline are all counted.',
        'The load generator is this process, on the same machine as the services, Kafka and the MongoDB-wire server: all compete for the same cores.',
        'Every 2xx appends one event: streamEvents says how long the streams were when the measurement began and ended; okPerSecByWindow shows the effect.',
        'RSS is VmRSS/VmHWM of the service processes from /proc/<pid>/status (production bundles, no ts-node).',
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type RunSettings = {
  durationSec: number;
  clients: number;
  warmupSec: number;
  healthSec: number;
  org: Organisation;
  log: (line: string) => void;
};

async function benchMode(
  run: RunSettings,
  mode: 'distributed' | 'standalone',
  start: () => Promise<{ org: Service; targets: Service }>,
): Promise<ModeResult> {
  const { durationSec, clients, warmupSec, healthSec, org, log } = run;
  log(`${mode}: starting`);
  const startedAt = Date.now();
  const services = await start();
  const processes = [...new Set([services.org, services.targets])];
  const agent = new Agent({ keepAlive: true, maxSockets: clients + 4 });
  try {
    const startSeconds = (Date.now() - startedAt) / 1000;
    log(`${mode}: seeding the org and the plan`);
    const seedStart = Date.now();
    await org.seed(agent, services.org.baseUrl, services.targets.baseUrl);
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const rssAfterSeed = new Map(processes.map((p) => [p, readMemory(p.process.pid!)]));

    /** `seeded`: events already in the workload's streams; every 2xx adds one. */
    const measure = async (name: string, workload: Workload, streams: number, seeded: number) => {
      log(`${mode}: ${name}, ${clients} clients, ${warmupSec} s warm-up + ${durationSec} s`);
      const warmup =
        warmupSec > 0
          ? await runLoad(agent, services.targets.baseUrl, workload, clients, warmupSec)
          : undefined;
      const retriesBefore = await commandRetries(agent, services.targets.baseUrl);
      const result = await runLoad(agent, services.targets.baseUrl, workload, clients, durationSec);
      const retries = (await commandRetries(agent, services.targets.baseUrl)) - retriesBefore;
      const atStart = seeded + (warmup?.status.ok2xx ?? 0);
      const streamEvents = {
        streams,
        meanPerStreamAtStart: roundTo(atStart / streams, 1),
        meanPerStreamAtEnd: roundTo((atStart + result.status.ok2xx) / streams, 1),
      };
      return { ...result, streamEvents, commandRetries: retries };
    };
    const healthLive =
      healthSec > 0
        ? await (async () => {
            log(`${mode}: GET /health/live, ${clients} clients, ${healthSec} s`);
            await runLoad(
              agent,
              services.targets.baseUrl,
              org.healthWorkload(),
              clients,
              Math.min(1, healthSec),
            );
            return runLoad(agent, services.targets.baseUrl, org.healthWorkload(), clients, healthSec);
          })()
        : undefined;
    // The plan holds PlanOpened and the seed's first TargetsSet; the reviews start empty.
    const planNodes = await measure('planNodes', org.planNodesWorkload(), 1, 2);
    const reviews = await measure(
      'reviews',
      org.reviewsWorkload(),
      Math.min(clients, org.salespeople.length),
      0,
    );

    const memory: Record<string, ProcessMemory> = {};
    for (const service of processes) {
      const after = readMemory(service.process.pid!);
      const heap = await heapMetrics(agent, service.baseUrl);
      memory[service.name] = {
        pid: service.process.pid!,
        rssAfterSeedMb: rssAfterSeed.get(service)!.rssMb,
        rssAfterRunMb: after.rssMb,
        peakRssMb: after.hwmMb,
        ...heap,
        targetMb: RSS_TARGET_MB,
        meetsTarget: after.rssMb < RSS_TARGET_MB,
        exitCode: null,
      };
    }
    agent.destroy();
    for (const service of processes) memory[service.name].exitCode = await service.stop();
    return {
      processes: processes.map((p) => p.name).join(' + '),
      startSeconds: roundTo(startSeconds, 1),
      seedSeconds: roundTo(seedSeconds, 1),
      ...(healthLive ? { healthLive } : {}),
      planNodes,
      reviews,
      memory,
    };
  } catch (error) {
    const output = processes.map((p) => `--- ${p.name} ---\n${p.output()}`).join('\n');
    throw new Error(`${mode}: ${(error as Error).message}\n${output}`, { cause: error });
  } finally {
    agent.destroy();
    await Promise.all(processes.map((p) => p.stop()));
  }
}

// ---------------------------------------------------------------------------------------------
// The organisation, its tokens and the workloads

type Request = { method: string; path: string; token: string; body?: unknown };
type Workload = (client: number, sequence: number) => Request;
type Person = { personId: string; name: string; divisionId: string; salesYuan: number; newCustomers: number };

const REVIEW_FORM = {
  yearEndGoal: '全年签约 4000 万元，新增客户 14 户',
  obstacles: '竞品降价，部分客户预算推迟到下半年',
  territoryStrengths: '老客户复购率高，区域内有两个样板工程',
  territoryWeaknesses: '安装队伍人手紧张',
  impactIfMissed: '全年目标需在三、四季度多完成 600 万',
  lastQuarterProgress: '新签三家医院客户',
  howProgressWasAchieved: '与经理联合拜访，先做技术交流',
  makeUpForMisses: '四月前完成两个报备项目的签约',
};

/** The demo department (libs/demo, loaded by `npm start -- --demo`) with a bearer token for everyone in it. */
class Organisation {
  private constructor(
    readonly fiscalYear: number,
    readonly salespeople: readonly Person[],
    private readonly tokens: ReadonlyMap<string, string>,
  ) {}

  static async create(issuer: LocalIssuer, fiscalYear: number): Promise<Organisation> {
    const actors: Actor[] = [
      { userId: 'p-admin', role: 'admin' },
      { userId: DEMO_VP.personId, role: 'vp' },
    ];
    const salespeople: Person[] = [];
    for (const division of DEMO_DIVISIONS) {
      actors.push({ userId: division.manager.personId, role: 'division_manager', divisionId: division.id });
      for (const person of division.salespeople) {
        actors.push({ userId: person.personId, role: 'salesperson', divisionId: division.id });
        salespeople.push({ ...person, divisionId: division.id });
      }
    }
    const tokens = new Map<string, string>();
    for (const actor of actors) tokens.set(actor.userId, await issuer.issue(actor, '2h'));
    return new Organisation(fiscalYear, salespeople, tokens);
  }

  private token(userId: string): string {
    const token = this.tokens.get(userId);
    if (!token) throw new Error(`no token for ${userId}`);
    return token;
  }

  private managerOf(person: Person): string {
    return DEMO_DIVISIONS.find((d) => d.id === person.divisionId)!.manager.personId;
  }

  /** Hires the VP, creates the divisions, hires managers and salespeople; opens the plan. */
  async seed(agent: Agent, orgUrl: string, targetsUrl: string): Promise<void> {
    const effectiveOn = `${this.fiscalYear - 1}-12-01`;
    const expect = async (url: string, req: Request, status: number, step: string) => {
      const response = await send(agent, url, req);
      if (response.status !== status) {
        throw new Error(`${step}: expected ${status}, got ${response.status} ${response.body.slice(0, 500)}`);
      }
    };
    const vp = this.token(DEMO_VP.personId);
    await expect(
      orgUrl,
      {
        method: 'POST',
        path: '/org/people',
        token: this.token('p-admin'),
        body: {
          personId: DEMO_VP.personId,
          name: DEMO_VP.name,
          role: 'vp',
          effectiveOn,
          backdatingReason: BACKDATED,
        },
      },
      201,
      'hire the VP',
    );
    for (const division of DEMO_DIVISIONS) {
      const { id: divisionId, code, name } = division;
      const path = '/org/divisions';
      await expect(
        orgUrl,
        {
          method: 'POST',
          path,
          token: vp,
          body: { divisionId, code, name, effectiveOn, backdatingReason: BACKDATED },
        },
        201,
        name,
      );
      const hire = (person: { personId: string; name: string }, role: string) =>
        expect(
          orgUrl,
          {
            method: 'POST',
            path: '/org/people',
            token: vp,
            body: { ...person, role, divisionId, effectiveOn, backdatingReason: BACKDATED },
          },
          201,
          `hire ${person.name}`,
        );
      await hire(division.manager, 'division_manager');
      for (const person of division.salespeople)
        await hire({ personId: person.personId, name: person.name }, 'salesperson');
    }
    await expect(
      targetsUrl,
      {
        method: 'POST',
        path: '/targets/plans',
        token: vp,
        body: { fiscalYear: this.fiscalYear, currency: 'CNY' },
      },
      201,
      'open the plan',
    );
    // Targets learns the tree from org's events: wait until it knows the last person hired.
    const last = this.salespeople.length - 1;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const response = await send(agent, targetsUrl, this.planNodesWorkload()(last, 0));
      if (response.status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(
          `targets never learned the org tree: ${response.status} ${response.body.slice(0, 500)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  planNodesWorkload(): Workload {
    return (client, sequence) => {
      const person = this.salespeople[client % this.salespeople.length];
      return {
        method: 'PUT',
        path: `/targets/plans/${this.fiscalYear}/nodes/salesperson:${person.personId}`,
        token: this.token(this.managerOf(person)),
        body: { targets: salespersonTargets(person.salesYuan + (sequence % 1000), person.newCustomers) },
      };
    };
  }

  reviewsWorkload(): Workload {
    return (client, sequence) => {
      const person = this.salespeople[client % this.salespeople.length];
      return {
        method: 'PUT',
        path: `/targets/reviews/${this.fiscalYear}/1/${person.personId}`,
        token: this.token(person.personId),
        body: {
          ...REVIEW_FORM,
          lastQuarterProgress: `${REVIEW_FORM.lastQuarterProgress}（第 ${sequence + 1} 稿）`,
        },
      };
    };
  }

  healthWorkload(): Workload {
    return () => ({ method: 'GET', path: '/health/live', token: '' });
  }
}

// ---------------------------------------------------------------------------------------------
// Load generation

async function runLoad(
  agent: Agent,
  baseUrl: string,
  workload: Workload,
  clients: number,
  durationSec: number,
): Promise<LoadResult> {
  const loadavgAtStart = loadAverage();
  const windowSec = durationSec >= 20 ? 5 : 1;
  const windows = new Array<number>(Math.ceil(durationSec / windowSec)).fill(0);
  const latencies: number[] = [];
  const okLatencies: number[] = [];
  const status: StatusCounts = { ok2xx: 0, conflict409: 0, other4xx: 0, server5xx: 0, networkError: 0 };
  const errorSamples: Array<{ status: number; body: string }> = [];
  const sampled = new Set<string>();
  const start = performance.now();
  const deadline = start + durationSec * 1000;

  const client = async (id: number) => {
    for (let sequence = 0; performance.now() < deadline; sequence++) {
      const sent = performance.now();
      let code = 0;
      let body = '';
      try {
        ({ status: code, body } = await send(agent, baseUrl, workload(id, sequence)));
      } catch (error) {
        body = String((error as Error).message);
      }
      const done = performance.now();
      latencies.push(done - sent);
      if (code >= 200 && code < 300) {
        status.ok2xx++;
        okLatencies.push(done - sent);
        const window = Math.floor((done - start) / 1000 / windowSec);
        if (window < windows.length) windows[window]++;
        continue;
      }
      if (code === 409) status.conflict409++;
      else if (code >= 500) status.server5xx++;
      else if (code >= 400) status.other4xx++;
      else status.networkError++;
      const key = `${code} ${/"error":"([^"]+)"/.exec(body)?.[1] ?? ''}`;
      if (!sampled.has(key) && errorSamples.length < 5) {
        sampled.add(key);
        errorSamples.push({ status: code, body: body.slice(0, 300) });
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, id) => client(id)));
  const elapsed = (performance.now() - start) / 1000;
  return {
    durationSec: roundTo(elapsed, 2),
    clients,
    requests: latencies.length,
    requestsPerSec: roundTo(latencies.length / elapsed, 1),
    okPerSec: roundTo(status.ok2xx / elapsed, 1),
    status,
    latency: percentiles(latencies),
    okLatency: percentiles(okLatencies),
    okPerSecByWindow: { windowSec, values: windows.map((n) => roundTo(n / windowSec, 1)) },
    errorSamples,
    loadavgAtStart,
  };
}

function send(agent: Agent, baseUrl: string, req: Request): Promise<{ status: number; body: string }> {
  const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers: Record<string, string | number> = {};
  if (req.token) headers['authorization'] = `Bearer ${req.token}`;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${baseUrl}${req.path}`,
      { method: req.method, agent, headers, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out after 60 s')));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

// ---------------------------------------------------------------------------------------------
// Service processes

type Service = {
  name: string;
  baseUrl: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
};

function bundle(app: string): string {
  return join(ROOT, 'dist', 'apps', app, 'main.js');
}

function buildApps(log: (line: string) => void): void {
  log(`nx build ${APPS.join(', ')}`);
  const nxPackage = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'nx', 'package.json'), 'utf8'));
  const nxBin = join(
    ROOT,
    'node_modules',
    'nx',
    typeof nxPackage.bin === 'string' ? nxPackage.bin : nxPackage.bin.nx,
  );
  const result = spawnSync(
    process.execPath,
    [nxBin, 'run-many', '-t', 'build', '-p', APPS.join(','), '--parallel=1', '--output-style=stream'],
    // stdout of the build goes to stderr: this process's stdout carries the JSON report only.
    { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
  );
  if (result.status !== 0) throw new Error(`nx build ${APPS.join(',')} failed (exit ${result.status})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Settings of the bench's own environment that must not leak into a service. */
/** The V8 heap cap the deployments give each service (live heap after a run: ~65 MB). */
const SERVICE_NODE_OPTIONS = '--max-old-space-size=160';
const SERVICE_ENV_OWN = /^(SALES_|KAFKA_|MONGODB_|AUTH_|DATA_DIR$|PORT$|HOST$|LOG_LEVEL$|NODE_OPTIONS$)/;

/** `node dist/apps/<app>/main.js` on 127.0.0.1, as the container image runs it; resolves once ready. */
async function startService(
  app: string,
  env: Record<string, string>,
  readyTimeoutMs = 90_000,
): Promise<Service> {
  const port = await freePort();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !SERVICE_ENV_OWN.test(name)),
  );
  const lines: string[] = [];
  const child = spawn(process.execPath, [bundle(app)], {
    cwd: ROOT,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // As deploy/k8s and docker-compose run the services (standalone keeps every commit in memory
      // and runs without a cap).
      ...(app === 'standalone' ? {} : { NODE_OPTIONS: SERVICE_NODE_OPTIONS }),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (data: Buffer) => {
    lines.push(data.toString());
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped: Promise<number | null> | undefined;
  const service: Service = {
    name: app,
    baseUrl,
    process: child,
    output: () => lines.join(''),
    stop() {
      stopped ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        const code = await exited;
        clearTimeout(timer);
        return code;
      })();
      return stopped;
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${app} exited with ${child.exitCode} before it was ready:\n${service.output()}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).status === 200) return service;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(`${app} was not ready within ${readyTimeoutMs} ms:\n${service.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Node's own memory gauges from a service's /metrics (prom-client default metrics). */
async function heapMetrics(
  agent: Agent,
  baseUrl: string,
): Promise<{ heapUsedMb: number; heapTotalMb: number; externalMb: number }> {
  const { body } = await send(agent, baseUrl, { method: 'GET', path: '/metrics', token: '' });
  const gauge = (name: string) => {
    const line = body.split('\n').find((l) => l.startsWith(`${name} `));
    return line ? roundTo(Number(line.split(' ').at(-1)) / 1024 / 1024, 1) : -1;
  };
  return {
    heapUsedMb: gauge('nodejs_heap_size_used_bytes'),
    heapTotalMb: gauge('nodejs_heap_size_total_bytes'),
    externalMb: gauge('nodejs_external_memory_bytes'),
  };
}

/** Sum of `sales_command_retries_total` on a service's /metrics (public route). */
async function commandRetries(agent: Agent, baseUrl: string): Promise<number> {
  const { body } = await send(agent, baseUrl, { method: 'GET', path: '/metrics', token: '' });
  let total = 0;
  for (const line of body.split('\n')) {
    if (line.startsWith('sales_command_retries_total')) total += Number(line.split(' ').at(-1));
  }
  return total;
}

function readMemory(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: roundTo(kb('VmRSS') / 1024, 1), hwmMb: roundTo(kb('VmHWM') / 1024, 1) };
}

/** The URI with its database path replaced, query options kept. */
function withDatabase(mongoUri: string, dbName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(mongoUri);
  if (!match) throw new Error(`MONGODB_URI is not a mongodb:// URI: ${mongoUri}`);
  return `${match[1]}/${dbName}${match[2] ?? ''}`;
}

/** Drops the services' databases and deletes the run's topics (everything under its prefix). */
async function cleanUpDistributed(
  options: HttpBenchOptions,
  prefix: string,
  databases: string[],
): Promise<void> {
  for (const dbName of databases) {
    const connection = await mongoose
      .createConnection(options.mongoUri, { dbName, serverSelectionTimeoutMS: 5_000 })
      .asPromise()
      .catch(() => undefined);
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close().catch(() => undefined);
  }
  const admin = new Kafka({
    clientId: 'bench-http-cleanup',
    brokers: options.brokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } catch {
    // Leftover topics of a bench run are harmless; the prefix names them.
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

if (require.main === module) {
  const quick = process.env['BENCH_QUICK'] === '1';
  benchHttpCommands({
    brokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
    mongoUri: process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017/',
    durationSec: Number(process.env['BENCH_HTTP_SECONDS'] || (quick ? 5 : 30)),
    clients: Number(process.env['BENCH_HTTP_CLIENTS'] || 20),
    warmupSec: quick ? 1 : 3,
    healthSec: quick ? 2 : 5,
    build: process.env['BENCH_SKIP_BUILD'] !== '1',
  }).then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
