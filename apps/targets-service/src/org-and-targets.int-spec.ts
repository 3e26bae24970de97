import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from '@sales/shared/auth';
import { type ServiceProcess, callJson, startServiceProcess } from '@sales/shared/app-testing';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import { type ApiCall, runPlanApprovalScenario } from '@sales/targets/testing';

/**
 * The issue's end-to-end test: org-service and targets-service as separate processes on the real
 * Kafka broker and the MongoDB-wire server. Org publishes the tree; targets learns it only from those events.
 */
describe('org-service and targets-service, distributed over Kafka and MongoDB', () => {
  let dir: string;
  let org: ServiceProcess;
  let targets: ServiceProcess;
  let outcome: Awaited<ReturnType<typeof runPlanApprovalScenario>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'e2e-'));
    const issuer = await LocalIssuer.open(dir, 'urn:sales:e2e', 'sales-platform');
    await writeFile(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks()));
    const prefix = `${uniqueName('e2e')}.`;
    const common = {
      SALES_MODE: 'distributed',
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      AUTH_JWKS_FILE: join(dir, 'jwks.json'),
      AUTH_ISSUER: 'urn:sales:e2e',
    };
    [org, targets] = await Promise.all([
      startServiceProcess('apps/org-service/src/main.ts', {
        ...common,
        MONGODB_URI: testMongoUri(uniqueName('org')),
      }),
      startServiceProcess('apps/targets-service/src/main.ts', {
        ...common,
        MONGODB_URI: testMongoUri(uniqueName('targets')),
      }),
    ]);
    const api =
      (service: ServiceProcess): ApiCall =>
      async (method, path, { actor, body }) =>
        callJson(service.baseUrl, method, path, await issuer.issue(actor), body);
    try {
      outcome = await runPlanApprovalScenario(api(org), api(targets));
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n--- org-service ---\n${org.output()}\n--- targets-service ---\n${targets.output()}`,
      );
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all([org?.stop(), targets?.stop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses approval while under-allocated, naming the node and the shortfall', () => {
    expect(outcome.refused.status).toBe(400);
    expect(outcome.refused.body.error).toBe('under-allocated');
    expect(outcome.refused.body.details).toMatchObject({
      node: 'company',
      metric: 'salesAmount',
      level: 'realistic',
    });
  });

  it('accepts it once the split is complete, down to each salesperson', () => {
    expect(outcome.accepted.status).toBe(200);
    expect(outcome.eastApproved.status).toBe(200);
    expect(outcome.ownView.body.nodes.map((n: any) => n.node)).toEqual(['salesperson:p-li']);
  });

  it('both services stop gracefully on SIGTERM', async () => {
    expect(await org.stop()).toBe(0);
    expect(await targets.stop()).toBe(0);
  });
});
