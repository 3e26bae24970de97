import {
  type DistributedPlatform,
  type ServiceProcess,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import { MongoEventStore } from '@sales/shared/event-sourcing';
import { testMongoUri, uniqueName } from '@sales/shared/testing';
import {
  type ApiCall,
  contractsActors,
  contractsKnowDepartment,
  hireContractsDepartment,
} from '@sales/contracts/testing';
import mongoose from 'mongoose';

const CLOCK = '2027-03-01T10:00:00+08:00';
const REQUESTS = 200;
const expected = Array.from({ length: REQUESTS }, (_, i) => `HT-2027-${String(i + 1).padStart(4, '0')}`);

/** Append races a process lost and retried, for one command (Prometheus counter of the process). */
async function retriesOf(service: ServiceProcess, command: string): Promise<number> {
  const text = await (await fetch(`${service.baseUrl}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('sales_command_retries_total') && l.includes(`command="${command}"`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/**
 * 合同编号 under load (K1, issue 10): TWO contracts-service processes sharing one database on the
 * MongoDB-wire server, org-service publishing the tree over the real Kafka broker. 200 single-form
 * issues for one year at once, half to each process: each process queues its own, and the two
 * race on the year's book `form-book-2027` — the store's unique (stream, version) index lets one
 * append win and the executor decides the other again on the new book. So every request is
 * served and the numbers run HT-2027-0001…0200, none skipped, none twice.
 */
describe('form numbering under load: two contracts-service processes, one database', () => {
  let platform: DistributedPlatform;
  let replicas: ServiceProcess[];
  let calls: ApiCall[];
  let contractsDb: string;

  beforeAll(async () => {
    platform = await openDistributedPlatform('forms-e2e', { SALES_CLOCK: CLOCK });
    contractsDb = uniqueName('contracts');
    const [org, ...started] = await Promise.all([
      platform.start('org'),
      platform.start('contracts', { database: contractsDb }),
      platform.start('contracts', { database: contractsDb }),
    ]);
    replicas = started;
    calls = replicas.map(platform.api);
    await platform.explained(async () => {
      await hireContractsDepartment(platform.api(org), calls[0]);
      await contractsKnowDepartment(calls[1]);
    });
  }, 240_000);

  afterAll(() => platform?.close());

  it('200 concurrent single-form issues over both processes: 200 × 201, HT-2027-0001…0200, none skipped', async () => {
    const { salesAdmin } = contractsActors;
    const holders = ['p-li', 'p-wang', 'p-he'];
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        calls[i % calls.length]('POST', '/contracts/forms', {
          actor: salesAdmin,
          body: { holderId: holders[i % holders.length], year: 2027 },
        }),
      ),
    );
    const elapsed = Date.now() - started;
    const statuses = responses.map((r) => r.status);
    const retries = await Promise.all(replicas.map((r) => retriesOf(r, 'IssueForms')));
    console.log(
      `${REQUESTS} concurrent issues over 2 processes in ${elapsed} ms: ` +
        `${statuses.filter((s) => s === 201).length} × 201, ${statuses.filter((s) => s !== 201).length} refused; ` +
        `append races lost and retried: ${retries.join(' + ')}`,
    );
    expect(responses.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.body?.error}`)).toEqual([]);
    const numbers = responses.flatMap((r) => r.body.numbers as string[]);
    expect(new Set(numbers).size).toBe(REQUESTS);
    expect([...numbers].sort()).toEqual(expected);
    // The two processes did race on the book (otherwise this proves nothing about replicas).
    expect(retries.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // The book holds them, one FormsIssued per request, in sequence.
    const connection = await mongoose.createConnection(testMongoUri(contractsDb)).asPromise();
    try {
      const store = new MongoEventStore(connection, { context: 'contracts', collectionPrefix: 'contracts_' });
      const { version, events } = await store.readStream('form-book-2027');
      expect(version).toBe(REQUESTS);
      expect(events.map((e) => e.type)).toEqual(Array(REQUESTS).fill('FormsIssued'));
      expect(events.map((e) => (e.data as { numbers: string[] }).numbers)).toEqual(expected.map((n) => [n]));
      expect(events.map((e) => (e.data as { firstSeq: number }).firstSeq)).toEqual(
        expected.map((_, i) => i + 1),
      );
    } finally {
      await connection.close();
    }

    // Either process reads them all (one database).
    for (const call of calls) {
      const out = await call('GET', '/contracts/forms/unreturned', { actor: salesAdmin });
      expect(out.body.total).toBe(REQUESTS);
    }
  }, 180_000);
});
