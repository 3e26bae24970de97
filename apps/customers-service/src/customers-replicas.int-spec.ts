import {
  type DistributedPlatform,
  type ServiceProcess,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import { uniqueName } from '@sales/shared/testing';
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
  let platform: DistributedPlatform;
  let replicas: ServiceProcess[];
  let calls: ApiCall[];

  beforeAll(async () => {
    platform = await openDistributedPlatform('customers-e2e');
    const customersDb = uniqueName('customers');
    const [org, ...started] = await Promise.all([
      platform.start('org'),
      platform.start('customers', { database: customersDb }),
      platform.start('customers', { database: customersDb }),
    ]);
    replicas = started;
    calls = replicas.map(platform.api);
    await platform.explained(async () => {
      await hireCustomersDepartment(platform.api(org), calls[0]);
      await customersKnowDepartment(calls[1]);
    });
  }, 240_000);

  afterAll(() => platform?.close());

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
