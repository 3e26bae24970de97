import { type Consumer, Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import {
  type ApiCall,
  type ContractToGradeOutcome,
  contractToGrade,
  contractsActors as who,
} from '@sales/contracts/testing';
import { type DistributedPlatform, eventually, openDistributedPlatform } from '@sales/shared/app-testing';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';

/** The CloudEvents binary-mode headers an outside system reads (ARCHITECTURE.md §3). */
const CE_HEADERS = [
  'ce_id',
  'ce_type',
  'ce_source',
  'ce_subject',
  'ce_time',
  'content-type',
  'traceparent',
] as const;
type Headers = Record<(typeof CE_HEADERS)[number], string>;
type Seen = Readonly<{ partition: number; offset: string; headers: Headers; message: KafkaMessage }>;

/**
 * X1/X2 across processes on the real broker: org-, customers-, contracts- and appraisal-service
 * (which hosts notices), each its own OS process and database. An outside system — a plain
 * kafkajs consumer with its own group id, knowing nothing of this code base — follows contracts'
 * topic and picks events by their CloudEvents headers alone, while contracts-service produces
 * them from a real signing and installation flow; and the installer, through appraisal-service's
 * API, finds the delay notice in his inbox, made of the very event the outsider saw.
 */
describe('an outside subscriber on contracts’ topic, and the delay notice in the installer’s inbox', () => {
  let platform: DistributedPlatform;
  let calls: Record<'org' | 'customers' | 'contracts' | 'notices', ApiCall>;
  let outcome: ContractToGradeOutcome;
  let kafka: Kafka;
  let outsider: Consumer;
  const seen: Seen[] = [];
  const outsiderGroup = uniqueName('outside-erp');

  const ofType = (type: string) => seen.filter((s) => s.headers.ce_type === type);

  beforeAll(async () => {
    platform = await openDistributedPlatform('outside', { SALES_CLOCK: '2027-03-10T10:00:00+08:00' });
    kafka = new Kafka({ clientId: outsiderGroup, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
    const [org, customers, contracts, appraisal] = await Promise.all(
      (['org', 'customers', 'contracts', 'appraisal'] as const).map((name) => platform.start(name)),
    );
    calls = {
      org: platform.api(org),
      customers: platform.api(customers),
      contracts: platform.api(contracts),
      notices: platform.api(appraisal),
    };
    // The outsider subscribes before anything happens (the topic exists: contracts-service made it).
    outsider = kafka.consumer({ groupId: outsiderGroup, maxWaitTimeInMs: 500 });
    await outsider.connect();
    await outsider.subscribe({ topic: `${platform.topicPrefix}sales.contracts.events`, fromBeginning: true });
    await outsider.run({
      eachMessage: async ({ partition, message }) => {
        const headers = Object.fromEntries(
          CE_HEADERS.map((name) => [name, message.headers?.[name]?.toString() ?? '']),
        ) as Headers;
        seen.push({ partition, offset: message.offset, headers, message });
      },
    });
    outcome = await platform.explained(() => contractToGrade(calls));
    await platform.explained(async () => {
      const { contractId } = outcome;
      const expectOk = async (step: string, answer: Promise<{ status: number; body: unknown }>) => {
        const { status, body } = await answer;
        if (status >= 300) throw new Error(`${step}: ${status} ${JSON.stringify(body)}`);
      };
      await expectOk(
        'assign the installer',
        calls.contracts('PUT', `/contracts/${contractId}/installation/installers`, {
          actor: who.salesAdmin,
          body: { installerIds: ['p-inst'] },
        }),
      );
      await expectOk(
        'plan the finish',
        calls.contracts('PUT', `/contracts/${contractId}/installation/milestones/finish/plan`, {
          actor: who.salesAdmin,
          body: { plannedOn: '2027-03-20' },
        }),
      );
      await expectOk(
        'delay the finish',
        calls.contracts('POST', `/contracts/${contractId}/installation/milestones/finish/delays`, {
          actor: who.salesAdmin,
          body: { newDate: '2027-04-02', reason: '屏体到货延迟' },
        }),
      );
    });
  }, 420_000);

  afterAll(async () => {
    await outsider?.disconnect();
    await platform?.close();
  });

  it('the outsider selects events by CloudEvents headers alone: type, source, subject, id, time, content type, trace', async () => {
    await eventually(async () => {
      if (ofType('contracts.InstallationMilestoneDelayed.v1').length === 0)
        throw new Error('no delay seen yet');
    }, 60_000);
    const types = new Set(seen.map((s) => s.headers.ce_type));
    for (const type of [
      'ContractSigned',
      'PaymentReceived',
      'InstallersAssigned',
      'InstallationMilestoneDelayed',
    ])
      expect(types).toContain(`contracts.${type}.v1`);
    for (const { headers } of seen) {
      expect(headers.ce_type).toMatch(/^contracts\.[A-Za-z]+\.v[1-9][0-9]*$/);
      expect(headers.ce_source).toBe('/sales/contracts');
      expect(headers.ce_id).not.toBe('');
      expect(headers.ce_subject).not.toBe('');
      expect(Number.isNaN(Date.parse(headers.ce_time))).toBe(false);
      expect(headers['content-type']).toMatch(/^application\/json/);
      expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    }
    const [delay] = ofType('contracts.InstallationMilestoneDelayed.v1');
    // Binary mode: the body is the event's data, nothing else.
    expect(JSON.parse(String(delay.message.value))).toMatchObject({
      contractId: outcome.contractId,
      newDate: '2027-04-02',
      reason: '屏体到货延迟',
    });
    expect(delay.headers.ce_subject).toBe(`installation-${outcome.contractId}`);
    expect(new Set(seen.map((s) => s.headers.ce_id)).size).toBe(seen.length);
  });

  it('the installer sees the delay notice in his inbox, made of the event the outsider saw', async () => {
    const [delay] = ofType('contracts.InstallationMilestoneDelayed.v1');
    const notice = await eventually(async () => {
      const answer = await calls.notices('GET', '/notices?kind=installation-delayed', {
        actor: who.installer,
      });
      if (answer.status !== 200 || answer.body.items.length === 0)
        throw new Error(`no notice yet: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.items[0];
    }, 60_000);
    expect(notice).toMatchObject({
      as: 'installer',
      read: false,
      occurredAt: delay.headers.ce_time,
      source: { context: 'contracts', type: delay.headers.ce_type },
      link: { context: 'contracts', kind: 'installation', id: outcome.contractId },
    });
    expect(notice.text.zh).toContain(outcome.formNumber);
    expect(notice.text.zh).toContain('延期至 2027-04-02');
    expect(notice.text.zh).toContain('孙丽');
  });

  // The running consumer's in-memory guard (by ce_id) may drop this duplicate before the feed sees
  // it; the inbox's own idempotency (notice id from event id + recipient, held once) is what stands
  // after a restart — standalone's notices.spec.ts hands the same event to the feed twice for that.
  it('the same record produced again (a redelivery) adds no second notice', async () => {
    const [delay] = ofType('contracts.InstallationMilestoneDelayed.v1');
    const producer = kafka.producer();
    await producer.connect();
    const { key, value, headers } = delay.message;
    const topic = `${platform.topicPrefix}sales.contracts.events`;
    const [sent] = await producer.send({ topic, messages: [{ key, value, headers }] });
    await producer.disconnect();
    // Wait until notices' contracts feed has consumed past the duplicate.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await eventually(async () => {
        const [offsets] = await admin.fetchOffsets({
          groupId: `${platform.topicPrefix}notices.feed.contracts`,
          topics: [topic],
        });
        const committed = offsets.partitions.find((p) => p.partition === sent.partition);
        if (!committed || BigInt(committed.offset) <= BigInt(sent.baseOffset ?? '0'))
          throw new Error(`the feed has not consumed the duplicate: ${JSON.stringify(offsets)}`);
      }, 60_000);
    } finally {
      await admin.disconnect();
    }
    const answer = await calls.notices('GET', '/notices?kind=installation-delayed', { actor: who.installer });
    expect(answer.body.total).toBe(1);
  });
});
