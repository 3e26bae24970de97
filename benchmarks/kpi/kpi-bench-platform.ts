import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';

const ROOT = join(__dirname, '../..');
export const KPI_APPS = ['kpi-projector', 'kpi-api'] as const;
export type KpiApp = (typeof KPI_APPS)[number];
/** Any app a bench starts by its directory name (dist/apps/<app>, apps/<app>/src/main.ts). */
export type BenchApp = KpiApp | 'appraisal-service';

/** How the bench runs the apps: the production bundle (as the images do) or ts-node (as the tests). */
export type RunMode = 'bundle' | 'ts-node';

/** The V8 heap cap docker-compose gives every service (NODE_OPTIONS). */
const SERVICE_NODE_OPTIONS = '--max-old-space-size=160';
/** Settings of the bench's own environment that must not leak into a service. */
const SERVICE_ENV_OWN =
  /^(SALES_|KAFKA_|MONGODB_|AUTH_|DATA_DIR$|PORT$|HOST$|LOG_LEVEL$|NODE_OPTIONS$|NODE_ENV$|TS_NODE_)/;

export type BenchProcess = Readonly<{
  app: BenchApp;
  pid: number;
  baseUrl: string;
  /** From spawn until /health/ready answered 200. */
  readyMs: number;
  /** performance.now() at the spawn. */
  spawnedAt: number;
  output(): string;
  stop(): Promise<void>;
}>;

export type Call = (
  method: string,
  path: string,
  actor: Actor,
) => Promise<{ status: number; body: any; ms: number }>;

/**
 * The KPI apps of one bench run, each its own OS process on 127.0.0.1 against the local Kafka and
 * MongoDB-wire server: one token issuer they trust and a topic prefix of their own.
 */
export type KpiBenchPlatform = Readonly<{
  topicPrefix: string;
  /** `nodeArgs` go before the entry point (e.g. --cpu-prof, which NODE_OPTIONS may not carry). */
  start(
    app: BenchApp,
    database: string,
    env?: Record<string, string>,
    nodeArgs?: readonly string[],
  ): Promise<BenchProcess>;
  api(process: BenchProcess): Call;
  close(): Promise<void>;
}>;

export async function openKpiBenchPlatform(name: string, mode: RunMode): Promise<KpiBenchPlatform> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const issuer = await LocalIssuer.open(dir, 'urn:sales:bench', 'sales-platform');
  await writeFile(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks()));
  const topicPrefix = `${uniqueName(name)}.`;
  const tokens = new Map<string, string>();
  const processes: BenchProcess[] = [];
  return {
    topicPrefix,
    async start(app, database, env = {}, nodeArgs = []) {
      const started = await startApp(app, mode, nodeArgs, {
        SALES_MODE: 'distributed',
        KAFKA_BROKERS: testKafkaBrokers().join(','),
        KAFKA_TOPIC_PREFIX: topicPrefix,
        AUTH_JWKS_FILE: join(dir, 'jwks.json'),
        AUTH_ISSUER: 'urn:sales:bench',
        MONGODB_URI: testMongoUri(database),
        ...env,
      });
      processes.push(started);
      return started;
    },
    api: (target) => async (method, path, actor) => {
      const key = JSON.stringify(actor);
      let token = tokens.get(key);
      if (token === undefined) {
        token = await issuer.issue(actor);
        tokens.set(key, token);
      }
      const t = performance.now();
      const response = await fetch(`${target.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}` },
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        ms: performance.now() - t,
      };
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `nx build kpi-projector kpi-api` (or the apps given; Nx's cache makes an unchanged rebuild quick); output to stderr. */
export function buildKpiApps(apps: readonly BenchApp[] = KPI_APPS): void {
  const nxPackage = JSON.parse(readFileSync(join(ROOT, 'node_modules/nx/package.json'), 'utf8'));
  const bin = typeof nxPackage.bin === 'string' ? nxPackage.bin : nxPackage.bin.nx;
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/nx', bin),
      'run-many',
      '-t',
      'build',
      '-p',
      apps.join(','),
      '--parallel=1',
      '--output-style=stream',
    ],
    { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
  );
  if (result.status !== 0) throw new Error(`nx build ${apps.join(',')} failed (exit ${result.status})`);
}

export const bundleOf = (app: BenchApp) => join(ROOT, 'dist/apps', app, 'main.js');

/** VmRSS and VmHWM (peak RSS) of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) =>
    Math.round(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024);
  return { rssMb: mb('VmRSS'), peakRssMb: mb('VmHWM') };
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

async function startApp(
  app: BenchApp,
  mode: RunMode,
  nodeArgs: readonly string[],
  env: Record<string, string>,
): Promise<BenchProcess> {
  const port = await freePort();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !SERVICE_ENV_OWN.test(name)),
  );
  const args =
    mode === 'bundle'
      ? [bundleOf(app)]
      : [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          join(ROOT, 'apps', app, 'src/main.ts'),
        ];
  if (mode === 'bundle' && !existsSync(args[0]))
    throw new Error(`${args[0]} is missing: run npx nx build ${app}`);
  args.unshift(...nodeArgs);
  const lines: string[] = [];
  const spawnedAt = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...inherited,
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: SERVICE_NODE_OPTIONS,
      // NODE_ENV=production refuses SALES_CLOCK (the API's clock in 2027); it changes nothing else.
      ...(mode === 'bundle' && env['SALES_CLOCK'] === undefined ? { NODE_ENV: 'production' } : {}),
      ...(mode === 'ts-node'
        ? { TS_NODE_PROJECT: join(ROOT, 'tsconfig.spec.json'), TS_NODE_TRANSPILE_ONLY: 'true' }
        : {}),
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${app} exited with ${child.exitCode} before it was ready:\n${lines.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${app} was not ready within 90 s:\n${lines.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    app,
    pid: child.pid as number,
    baseUrl,
    readyMs: performance.now() - spawnedAt,
    spawnedAt,
    output: () => lines.join(''),
    stop,
  };
}
