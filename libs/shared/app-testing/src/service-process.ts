import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export type ServiceProcess = Readonly<{
  baseUrl: string;
  process: ChildProcess;
  /** Everything the process printed, for a failing test to show. */
  output(): string;
  /** SIGTERM (graceful shutdown), then SIGKILL after `graceMs`. Resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}>;

/** The line `runApp` prints once the app listens, with the port the OS gave it. */
const LISTENING = /"listening on http:\/\/127\.0\.0\.1:(\d+) /;

/**
 * Runs an app's `main.ts` as its own OS process (TypeScript through ts-node, path aliases
 * resolved) on 127.0.0.1 and waits until `/health/ready` answers 200 — the way the services run
 * apart in distributed mode. The process listens on a port the OS picks when it binds (PORT=0)
 * and says which: a port chosen ahead could be taken meanwhile — by another test
 * process, or as the local end of an outgoing connection — during the seconds ts-node boots.
 */
export async function startServiceProcess(
  main: string,
  env: Record<string, string>,
  readyTimeoutMs = 90_000,
): Promise<ServiceProcess> {
  const chunks: string[] = [];
  let port: number | undefined;
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, main)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.spec.json'),
        TS_NODE_TRANSPILE_ONLY: 'true',
        LOG_LEVEL: 'warn',
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d: Buffer) => {
    chunks.push(d.toString());
    port ??= Number(LISTENING.exec(chunks.join(''))?.[1] ?? NaN) || undefined;
  });
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${main} exited with ${child.exitCode} before it was ready:\n${chunks.join('')}`);
    try {
      if (port !== undefined && (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200) break;
    } catch {
      // not ready yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${main} was not ready within ${readyTimeoutMs} ms:\n${chunks.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    process: child,
    output: () => chunks.join(''),
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** A JSON HTTP call with a bearer token, answering { status, body }. */
export async function callJson(
  baseUrl: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
