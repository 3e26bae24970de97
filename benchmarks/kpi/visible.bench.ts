import { Kafka, logLevel } from 'kafkajs';
import type { GeneratedEvent } from '@sales/kpi/testing';
import { contextTopic } from '@sales/shared/event-sourcing';
import { toTransportMessage } from '@sales/shared/messaging';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';
import { type Percentiles, percentiles } from '../spine/bench-stats';
import type { Call } from './kpi-bench-platform';

/** The generated department's VP (libs/kpi/testing/src/published-events.department.ts). */
export const GENERATED_VP = { userId: 'gen-p-vp', role: 'vp' } as const;
const COMPANY_Q1 = '/kpi/figures?subject=company&period=2027-Q1&asOf=2027-12-31';

export type VisibleOptions = {
  seconds: number;
  paymentsPerSecond: number;
  /** Other published events (the department's next year) produced beside the payments. */
  loadPerSecond: number;
};

export type VisibleResult = {
  what: string;
  seconds: number;
  paymentsPerSecond: number;
  loadEventsPerSecond: number;
  payments: number;
  loadEvents: number;
  /** From the producer's acknowledged send until a poll's answer included it (upper bound). */
  delay: Percentiles;
  /** The figures query the poller repeats (its own latency bounds the resolution). */
  pollQuery: Percentiles;
  notVisible: number;
};

/**
 * Command → visible: a payment of 1 fen (PaymentReceived, a Q1 2027 payment of the year copied
 * with a new id, recorded now) produced to contracts' topic at a steady pace, on one contract's
 * stream (one partition, in order, as a contract's payments are), with the department's next year
 * of events produced beside it as a steady load; one client polls `GET /kpi/figures` (company,
 * 2027-Q1, asOf 2027-12-31) back to back, and a payment counts as visible at the first answer
 * whose collected amount (P3 received) includes it. The load's events are recorded in 2028, so the
 * asOf date keeps them out of the polled figure while the projector and the API still process them.
 */
export async function benchVisible(
  kpi: Call,
  topicPrefix: string,
  year: readonly GeneratedEvent[],
  load: readonly GeneratedEvent[],
  options: VisibleOptions,
): Promise<VisibleResult> {
  const template = year.find(
    (e) =>
      e.envelope.type === 'PaymentReceived' &&
      String((e.envelope.data as { receivedOn: string }).receivedOn) < '2027-04-01',
  );
  if (!template) throw new Error('the year has no Q1 payment to copy');
  const polls: number[] = [];
  const received = async () => {
    const { status, body, ms } = await kpi('GET', COMPANY_Q1, GENERATED_VP);
    if (status !== 200) throw new Error(`figures answered ${status}: ${JSON.stringify(body)}`);
    polls.push(ms);
    return Number(body.figures.find((f: { id: string }) => f.id === 'P3').inputs.received.amountMinor);
  };

  const kafka = new Kafka({
    clientId: uniqueName('bench-visible'),
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const base = await received();
  const count = Math.round(options.seconds * options.paymentsPerSecond);
  const sentAt: number[] = [];
  const delays: number[] = [];
  let sending = true;
  let loadSent = 0;

  const poller = (async () => {
    const deadline = () => !sending && performance.now() > (sentAt.at(-1) ?? 0) + 10_000;
    while (delays.length < count && !deadline()) {
      const amount = await received();
      const answeredAt = performance.now();
      const visible = Math.min(amount - base, sentAt.length);
      for (let k = delays.length; k < visible; k++) delays.push(answeredAt - sentAt[k]);
    }
  })();

  const paymentsTopic = topicPrefix + contextTopic('contracts');
  const payments = (async () => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      await sleepUntil(t0 + (i * 1000) / options.paymentsPerSecond);
      const id = `bench-pay-${i}`;
      const envelope = {
        ...template.envelope,
        id,
        correlationId: `corr-${id}`,
        version: 100_000 + i,
        time: new Date().toISOString(),
        data: { ...(template.envelope.data as object), paymentId: id, amountMinor: 1 },
      };
      const message = toTransportMessage(envelope);
      const t = performance.now();
      await producer.send({
        topic: paymentsTopic,
        acks: -1,
        messages: [{ key: message.key, value: message.value, headers: { ...message.headers } }],
      });
      // From the send's start: what a relay would have done at the command's commit.
      sentAt.push(t);
    }
  })();

  const background = (async () => {
    const total = Math.min(load.length, Math.round(options.seconds * options.loadPerSecond));
    const tick = 100;
    const perTick = (options.loadPerSecond * tick) / 1000;
    const t0 = performance.now();
    for (let n = 0; loadSent < total; n++) {
      await sleepUntil(t0 + n * tick);
      const upTo = Math.min(total, Math.round((n + 1) * perTick));
      const byTopic = new Map<
        string,
        { key: string; value: Buffer | string; headers: Record<string, string> }[]
      >();
      for (const { context, envelope } of load.slice(loadSent, upTo)) {
        const topic = topicPrefix + contextTopic(context);
        const m = toTransportMessage(envelope);
        byTopic.set(topic, [
          ...(byTopic.get(topic) ?? []),
          { key: m.key, value: m.value, headers: { ...m.headers } as Record<string, string> },
        ]);
      }
      if (byTopic.size > 0)
        await producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
        });
      loadSent = upTo;
    }
  })();

  await Promise.all([payments, background]);
  sending = false;
  await poller;
  await producer.disconnect();
  return {
    what: 'PaymentReceived (1 fen) produced to contracts topic → GET /kpi/figures company 2027-Q1 P3 received includes it',
    seconds: options.seconds,
    paymentsPerSecond: options.paymentsPerSecond,
    loadEventsPerSecond: options.loadPerSecond,
    payments: count,
    loadEvents: loadSent,
    delay: percentiles(delays),
    pollQuery: percentiles(polls),
    notVisible: count - delays.length,
  };
}

async function sleepUntil(at: number): Promise<void> {
  const ms = at - performance.now();
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}
