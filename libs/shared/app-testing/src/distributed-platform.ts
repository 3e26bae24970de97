import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import { type ServiceProcess, callJson, startServiceProcess } from './service-process';

/** One HTTP call as a given actor: the same shape for a standalone app and a service process. */
export type ApiCall = (
  method: string,
  path: string,
  options: { actor: Actor; body?: unknown },
) => Promise<{ status: number; body: any }>;

/**
 * The apps a distributed test can start: a context's `apps/<name>-service` (`appraisal` also hosts
 * handover and notices), or the KPI apps.
 */
export type ServiceName =
  | 'org'
  | 'targets'
  | 'customers'
  | 'contracts'
  | 'kpi-projector'
  | 'kpi-api'
  | 'appraisal';

const APP_DIRECTORY: Record<ServiceName, string> = {
  org: 'org-service',
  targets: 'targets-service',
  customers: 'customers-service',
  contracts: 'contracts-service',
  'kpi-projector': 'kpi-projector',
  'kpi-api': 'kpi-api',
  appraisal: 'appraisal-service',
};

/**
 * The services of one distributed test, each its own OS process on the real Kafka broker and the
 * MongoDB-wire server (deploy/local): one token issuer they all trust, one topic prefix of their
 * own (so tests never read each other's events), and one settable clock if given.
 */
export type DistributedPlatform = Readonly<{
  /** The topic prefix every process of this platform uses (`<name>-<unique>.`). */
  topicPrefix: string;
  /**
   * Starts the app with its own database, or `database` when several processes share one
   * (replicas; kpi-projector and kpi-api share the read model's); stopped by `close()`.
   */
  start(
    name: ServiceName,
    options?: { database?: string; env?: Record<string, string> },
  ): Promise<ServiceProcess>;
  /** Calls a process's API with a token the platform's issuer signs for the actor. */
  api(service: ServiceProcess): ApiCall;
  /** Runs `step`; when it throws, the error carries every process's output. */
  explained<T>(step: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}>;

export async function openDistributedPlatform(
  name: string,
  env: Record<string, string> = {},
): Promise<DistributedPlatform> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const issuer = await LocalIssuer.open(dir, 'urn:sales:e2e', 'sales-platform');
  await writeFile(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks()));
  const topicPrefix = `${uniqueName(name)}.`;
  const common = {
    SALES_MODE: 'distributed',
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    AUTH_JWKS_FILE: join(dir, 'jwks.json'),
    AUTH_ISSUER: 'urn:sales:e2e',
    ...env,
  };
  const processes: ServiceProcess[] = [];
  // Every process given the same SALES_CLOCK reads it at the same real instant (the first start
  // with it), so clocks of one test day agree whatever each process took to boot.
  const clockSince = new Map<string, string>();
  const sinceOf = (clock: string | undefined): Record<string, string> => {
    if (!clock) return {};
    if (!clockSince.has(clock)) clockSince.set(clock, String(Date.now()));
    return { SALES_CLOCK_SINCE: clockSince.get(clock) as string };
  };
  return {
    topicPrefix,
    async start(service, options = {}) {
      const env: Record<string, string> = {
        ...common,
        MONGODB_URI: testMongoUri(options.database ?? uniqueName(service)),
        ...options.env,
      };
      const started = await startServiceProcess(`apps/${APP_DIRECTORY[service]}/src/main.ts`, {
        ...env,
        ...sinceOf(env.SALES_CLOCK),
      });
      processes.push(started);
      return started;
    },
    api:
      (service) =>
      async (method, path, { actor, body }) =>
        callJson(service.baseUrl, method, path, await issuer.issue(actor), body),
    async explained(step) {
      try {
        return await step();
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${processes.map((p) => p.output()).join('\n---\n')}`);
      }
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
