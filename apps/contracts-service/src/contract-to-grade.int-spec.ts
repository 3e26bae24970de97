import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import {
  type ApiCall,
  type ContractToGradeOutcome,
  contractToGrade,
  contractsActors as who,
} from '@sales/contracts/testing';
import { type DistributedPlatform, openDistributedPlatform } from '@sales/shared/app-testing';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';

/** The customers consumer group that applies contracts' events (libs/customers/service contracts-feed). */
const FEED_GROUP = 'customers.feed.contracts';

/**
 * Issue 10's end to end across services: org-service, customers-service and contracts-service,
 * each its own process with its own database on the MongoDB-wire server, talking only over the
 * real Kafka broker. The payment recorded in contracts reaches customers' grading as an event;
 * then the same Kafka record is produced again, as a broker or a relay might redeliver it, and the
 * customer's 12-month total and grade do not move.
 */
describe('from the pre-signing report to the customer’s grade, across org, customers and contracts', () => {
  let platform: DistributedPlatform;
  let calls: Record<'org' | 'customers' | 'contracts', ApiCall>;
  let outcome: ContractToGradeOutcome;

  beforeAll(async () => {
    platform = await openDistributedPlatform('k2g', { SALES_CLOCK: '2027-03-10T10:00:00+08:00' });
    const [org, customers, contracts] = await Promise.all(
      (['org', 'customers', 'contracts'] as const).map((name) => platform.start(name)),
    );
    calls = {
      org: platform.api(org),
      customers: platform.api(customers),
      contracts: platform.api(contracts),
    };
    outcome = await platform.explained(() => contractToGrade(calls));
  }, 300_000);

  afterAll(() => platform?.close());

  it('the payment crossed from contracts to customers over Kafka: the grade is B, and the change names that payment', () => {
    expect(outcome.grades.grade).toBe('B');
    expect(outcome.grades.changes).toMatchObject([
      { previousGrade: 'ungraded', grade: 'D', reason: { kind: 'activation', ref: outcome.contractId } },
      {
        previousGrade: 'D',
        grade: 'B',
        windowTotalMinor: 60_000_000,
        reason: { kind: 'payment', ref: outcome.paymentId },
      },
    ]);
  });

  it('the same PaymentReceived record produced again changes neither the 12-month total nor the grade', async () => {
    const kafka = new Kafka({
      clientId: uniqueName('redeliver'),
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const topic = `${platform.topicPrefix}sales.contracts.events`;
    const record = await findRecord(kafka, topic, (message) =>
      String(message.headers?.['ce_type'] ?? '').startsWith('contracts.PaymentReceived.'),
    );
    // The record's value is the event's data (CloudEvents binary mode).
    expect(JSON.parse(String(record.message.value))).toMatchObject({ paymentId: outcome.paymentId });
    const producer = kafka.producer();
    await producer.connect();
    // The record exactly as it was (the consumer's in-memory guard knows its id), and the same
    // record under a new CloudEvents id — what a consumer that restarted and forgot what it had
    // seen gets: only the grading's own idempotency by payment id stands between it and a double count.
    const { key, value, headers } = record.message;
    const [sent] = await producer.send({
      topic,
      messages: [
        { key, value, headers },
        { key, value, headers: { ...headers, ce_id: `${String(headers?.['ce_id'])}-again` } },
      ],
    });
    await producer.disconnect();
    // Wait until customers' feed has consumed past the duplicate, then read the customer again.
    const admin = kafka.admin();
    await admin.connect();
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [offsets] = await admin.fetchOffsets({
          groupId: `${platform.topicPrefix}${FEED_GROUP}`,
          topics: [topic],
        });
        const committed = offsets.partitions.find((p) => p.partition === sent.partition);
        if (committed && BigInt(committed.offset) > BigInt(sent.baseOffset ?? sent.offset ?? '0') + 1n) break;
        if (Date.now() > deadline)
          throw new Error(`the feed never consumed the duplicate: ${JSON.stringify(offsets)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await admin.disconnect();
    }
    const after = await calls.customers('GET', `/customers/${outcome.customerId}/grades`, { actor: who.li });
    expect(after.body.grade).toBe('B');
    expect(after.body.changes).toEqual(outcome.grades.changes);
  });
});

/** The first record of `topic` that matches, read from the beginning as an outside system would. */
async function findRecord(
  kafka: Kafka,
  topic: string,
  matches: (message: KafkaMessage) => boolean,
): Promise<{ partition: number; message: KafkaMessage }> {
  const consumer = kafka.consumer({ groupId: uniqueName('outside') });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching record on ${topic}`)), 30_000);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (!matches(message)) return;
          clearTimeout(timer);
          resolve({ partition, message });
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}
