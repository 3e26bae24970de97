import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { type DistributedPlatform, eventually, openDistributedPlatform } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';

const yuan = (amount: number) => amount * 100;

async function expectStatus(step: string, status: number, answer: Promise<{ status: number; body: any }>) {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${step}: expected ${status}, got ${got} ${JSON.stringify(body)}`);
  return body;
}

/**
 * O2 across services (issue 12, "end to end"): org-, customers-, contracts- and appraisal-service
 * (which hosts handover), each its own process and database on the real Kafka broker and the
 * MongoDB-wire server. 李娜's customer, contract and contract form are recorded before she
 * resigns; her case stays blocked — even with finance's settlement and the 市场部主管's signature —
 * until the customer's transfer (customers), the contract's transfer and the form's return
 * (contracts) reach handover as published events; then it completes, and an outside consumer of
 * `sales.handover.events` sees every step.
 */
describe('a resignation blocked until its checklist empties through real events, across services', () => {
  let platform: DistributedPlatform;
  let org: ApiCall;
  let customers: ApiCall;
  let contracts: ApiCall;
  let handover: ApiCall;
  let customerId: string;
  let caseId: string;

  const openItems = async () => {
    const body = await expectStatus(
      'read the case',
      200,
      handover('GET', `/handover/cases/${caseId}`, { actor: who.chen }),
    );
    return (body.open as { kind: string; id: string }[]).map((i) => `${i.kind}:${i.id}`);
  };
  const step = (path: string, actor: Actor, body?: object) =>
    handover('POST', `/handover/cases/${caseId}/${path}`, { actor, body });

  beforeAll(async () => {
    platform = await openDistributedPlatform('handover', { SALES_CLOCK: '2027-03-10T10:00:00+08:00' });
    const processes = await Promise.all(
      (['org', 'customers', 'contracts', 'appraisal'] as const).map((name) => platform.start(name)),
    );
    [org, customers, contracts, handover] = processes.map((p) => platform.api(p));
    await platform.explained(async () => {
      await hireContractsDepartment(org, contracts);
      const customer = await eventually(
        () =>
          expectStatus(
            'register the customer',
            201,
            customers('POST', '/customers', {
              actor: who.li,
              body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
            }),
          ),
        60_000,
      );
      customerId = customer.customerId;
      await expectStatus(
        'issue two forms',
        201,
        contracts('POST', '/contracts/forms', {
          actor: who.salesAdmin,
          body: { holderId: 'p-li', count: 2 },
        }),
      );
      // Contracts learns the customer from customers' events: retried until it does.
      await eventually(
        () =>
          expectStatus(
            'sign the contract (VP override)',
            201,
            contracts('POST', '/contracts', {
              actor: who.vp,
              body: {
                contractId: 'k-huaxin',
                formNumber: 'HT-2027-0001',
                customerId,
                signerId: 'p-li',
                reportOverrideReason: '老客户续约，报备补办',
                signedOn: '2027-03-08',
                currency: 'CNY',
                amountMinor: yuan(1_000_000),
                costEstimateMinor: yuan(600_000),
                lines: [{ productLineId: 'led', amountMinor: yuan(1_000_000) }],
                paymentPlan: [{ name: '全款', dueOn: '2027-06-30', amountMinor: yuan(1_000_000) }],
              },
            }),
          ),
        60_000,
      );
      // Handover learns the tree from org's events.
      const filed = await eventually(
        () =>
          expectStatus(
            'notice of resignation',
            201,
            handover('POST', '/handover/cases', {
              actor: who.li,
              body: { personId: 'p-li', lastDay: '2027-04-30' },
            }),
          ),
        60_000,
      );
      caseId = filed.caseId;
    });
  }, 300_000);

  afterAll(() => platform?.close());

  it('the checklist holds what she owned before the notice, learnt from customers’ and contracts’ topics', async () => {
    await platform.explained(() =>
      eventually(
        async () =>
          expect(await openItems()).toEqual([
            `customer:${customerId}`,
            'contract:k-huaxin',
            'form:HT-2027-0002',
            `accounts:${caseId}`,
            `sign-off:${caseId}`,
          ]),
        60_000,
      ),
    );
  });

  it('finance and the 市场部主管 alone do not unblock it: completion is refused, naming what is open', async () => {
    await expectStatus(
      'accounts settled',
      200,
      step('accounts-settled', who.finance, { note: '备用金已归还，报销已结清' }),
    );
    await expectStatus('sign-off', 200, step('sign-off', who.salesAdmin));
    const refused = await step('complete', who.chen);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'handover-items-open', details: { count: 3 } });
    expect(refused.body.message.zh).toContain('客户：华信光电科技有限公司');
    expect(refused.body.message.zh).toContain('未收 1,000,000.00 元');
    expect(refused.body.message.zh).toContain('合同 HT-2027-0002 领用未交回');
  });

  it('the customer transfer, the contract transfer and the form return empty it as they arrive; then it completes', async () => {
    await expectStatus(
      'transfer the customer',
      200,
      customers('POST', `/customers/${customerId}/transfer`, {
        actor: who.chen,
        body: { toOwnerId: 'p-wang', reason: 'handover', note: '李娜离职交接' },
      }),
    );
    await platform.explained(() =>
      eventually(
        async () => expect(await openItems()).toEqual(['contract:k-huaxin', 'form:HT-2027-0002']),
        60_000,
      ),
    );
    expect((await step('complete', who.chen)).status).toBe(409);
    await expectStatus(
      'transfer the contract',
      200,
      contracts('POST', '/contracts/k-huaxin/transfer', {
        actor: who.chen,
        body: { toOwnerId: 'p-wang', reason: '李娜离职交接' },
      }),
    );
    await expectStatus(
      'return the form',
      200,
      contracts('POST', '/contracts/forms/HT-2027-0002/return', { actor: who.salesAdmin }),
    );
    await platform.explained(() => eventually(async () => expect(await openItems()).toEqual([]), 60_000));
    const done = await expectStatus('complete', 200, step('complete', who.chen));
    expect(done).toMatchObject({ status: 'completed', closed: { by: 'p-chen', byName: '陈志强' } });
    // HT-2027-0001 may still have looked out when the case opened (FormUsed is on another stream
    // than the signing and can arrive after the notice): then it clears as used, as it should.
    const cleared = (done.cleared as { kind: string; id: string; how: string; toName: string | null }[])
      .filter((c) => !(c.kind === 'form' && c.id === 'HT-2027-0001' && c.how === 'used'))
      .map((c) => [c.kind, c.how, c.toName]);
    expect(cleared).toEqual([
      ['accounts', 'settled', null],
      ['sign-off', 'signed', null],
      ['customer', 'transferred', '王磊'],
      ['contract', 'transferred', '王磊'],
      ['form', 'returned', null],
    ]);
  });

  it('an outside subscriber reads the case on sales.handover.events; the feeds consume with their exact group ids', async () => {
    const kafka = new Kafka({
      clientId: uniqueName('outside'),
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const records = await readRecords(
      kafka,
      `${platform.topicPrefix}sales.handover.events`,
      'handover.HandoverCompleted.v1',
    );
    expect(records[0].type).toBe('handover.ResignationNoticed.v1');
    const cleared = records
      .filter((r) => r.type === 'handover.HandoverItemCleared.v1')
      .map((r) => `${r.data.item.kind}:${r.data.how}:${r.data.remaining}`)
      .filter((c) => !c.startsWith('form:used:'));
    expect(cleared).toEqual([
      'accounts:settled:4',
      'sign-off:signed:3',
      'customer:transferred:2',
      expect.stringMatching(/^(contract:transferred|form:returned):1$/),
      expect.stringMatching(/^(contract:transferred|form:returned):0$/),
    ]);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
      expect(groups).toEqual(
        expect.arrayContaining(
          ['handover.feed.customers', 'handover.feed.contracts'].map((g) => `${platform.topicPrefix}${g}`),
        ),
      );
      const [customersFeed] = await admin.fetchOffsets({
        groupId: `${platform.topicPrefix}handover.feed.customers`,
        topics: [`${platform.topicPrefix}sales.customers.events`],
      });
      expect(customersFeed.partitions.some((p) => Number(p.offset) > 0)).toBe(true);
    } finally {
      await admin.disconnect();
    }
  });
});

/** The records of `topic` (CloudEvents type and data) from the beginning, up to the first of type `until`. */
async function readRecords(
  kafka: Kafka,
  topic: string,
  until: string,
): Promise<{ type: string; data: any }[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('outside') });
  await consumer.connect();
  const records: { type: string; data: any }[] = [];
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${until} on ${topic}: ${records.map((r) => r.type).join(', ')}`)),
        30_000,
      );
      void consumer.run({
        eachMessage: async ({ message }: { message: KafkaMessage }) => {
          const type = String(message.headers?.['ce_type'] ?? '');
          records.push({ type, data: JSON.parse(String(message.value)) });
          if (type === until) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}
