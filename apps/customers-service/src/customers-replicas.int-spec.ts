import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIssuer } from '@sales/shared/auth';
import { type ServiceProcess, callJson, startServiceProcess } from '@sales/shared/app-testing';
import { testKafkaBrokers, testMongoUri, uniqueName } from '@sales/shared/testing';
import {
  type ApiCall,
  customersActors,
  customersKnowDepartment,
  hireCustomersDepartment,
  registerSameCompanyConcurrently,
} from '@sales/customers/testing';

/**
 * 查重 under concurrency across processes (issue 9): org-service and TWO customers-service
 * replicas sharing one database on the MongoDB-wire server and learning the tree over the real
 * Kafka broker. No transactions: the key reservation streams' unique (stream, version) index
 * decides, whichever replica a registration lands on.
 */
describe('two customers-service replicas on Kafka and the MongoDB-wire server', () => {
  let dir: string;
  let org: ServiceProcess;
  let replicas: ServiceProcess[];
  let calls: ApiCall[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'customers-e2e-'));
    const issuer = await LocalIssuer.open(dir, 'urn:sales:e2e', 'sales-platform');
    await writeFile(join(dir, 'jwks.json'), JSON.stringify(issuer.jwks()));
    const common = {
      SALES_MODE: 'distributed',
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_TOPIC_PREFIX: `${uniqueName('customers-e2e')}.`,
      AUTH_JWKS_FILE: join(dir, 'jwks.json'),
      AUTH_ISSUER: 'urn:sales:e2e',
    };
    const customersDb = testMongoUri(uniqueName('customers'));
    org = await startServiceProcess('apps/org-service/src/main.ts', {
      ...common,
      MONGODB_URI: testMongoUri(uniqueName('org')),
    });
    replicas = await Promise.all(
      [1, 2].map(() =>
        startServiceProcess('apps/customers-service/src/main.ts', { ...common, MONGODB_URI: customersDb }),
      ),
    );
    const api =
      (service: ServiceProcess): ApiCall =>
      async (method, path, { actor, body }) =>
        callJson(service.baseUrl, method, path, await issuer.issue(actor), body);
    calls = replicas.map(api);
    try {
      await hireCustomersDepartment(api(org), calls[0]);
      await customersKnowDepartment(calls[1]);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n${[org, ...replicas].map((p) => p.output()).join('\n---\n')}`,
      );
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all([org, ...(replicas ?? [])].map((p) => p?.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  it('20 concurrent registrations of one company spread over both replicas: exactly one succeeds', async () => {
    const responses = await registerSameCompanyConcurrently(calls);
    const statuses = responses.map((r) => r.status);
    console.log(
      `20 concurrent duplicates over 2 replicas: ${statuses.filter((s) => s === 201).length} × 201, ${statuses.filter((s) => s === 409).length} × 409`,
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 201)!.body.customerId;
    // Either replica now reads it (one database), and refuses the company again.
    for (const call of calls) {
      expect((await call('GET', `/customers/${winner}`, { actor: customersActors.vp })).status).toBe(200);
      const again = await call('POST', '/customers', {
        actor: customersActors.wang,
        body: { name: '华信显示科技', industry: '显示屏', region: '上海', source: '展会' },
      });
      expect(again.status).toBe(409);
      expect(again.body.details.customerId).toBe(winner);
    }
  }, 120_000);

  it('the replicas stop gracefully on SIGTERM', async () => {
    for (const replica of replicas) expect(await replica.stop()).toBe(0);
  });
});
