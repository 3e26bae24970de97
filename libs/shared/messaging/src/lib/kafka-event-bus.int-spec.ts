import { randomUUID } from 'node:crypto';
import { context, propagation, trace, type SpanContext } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { testKafkaBrokers, uniqueName } from '@sales/shared/testing';
import { Kafka, logLevel } from 'kafkajs';
import { toTransportMessage } from './cloud-events';
import { DLQ } from './dead-letter';
import { anEvent, describeEventBusContract } from './event-bus.contract-spec';
import { deadLetterTopic, type BatchDelivery, type DeliveryContext } from './event-bus.port';
import { KafkaEventBus } from './kafka-event-bus';
import type { EventEnvelope } from '@sales/shared/event-sourcing';

const PARTITIONS = 3;

function newBus(): KafkaEventBus {
  return new KafkaEventBus({ brokers: testKafkaBrokers(), clientId: uniqueName('bus-test') });
}

async function eventually(what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeEventBusContract('KafkaEventBus', async () => {
  const bus = newBus();
  return {
    bus,
    newTopic: async () => {
      const topic = uniqueName('bus-contract');
      await bus.ensureTopics([topic], PARTITIONS);
      return topic;
    },
    newGroupId: () => uniqueName('bus-group'),
  };
});

describe('KafkaEventBus on a real broker', () => {
  const raw = new Kafka({ clientId: 'bus-int-raw', brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
  let bus: KafkaEventBus;

  beforeEach(() => {
    bus = newBus();
  });

  afterEach(async () => {
    await bus.close();
  });

  it('dead-letters an unparseable message at once, byte for byte, and goes on with the partition', async () => {
    const topic = uniqueName('bus-poison');
    const groupId = uniqueName('bus-group');
    await bus.ensureTopics([topic], 1);
    const good = anEvent();
    const producer = raw.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        {
          key: 'k-1',
          value: '{"half": ',
          headers: { ce_specversion: '1.0', ce_id: 'broken-1', origin: 'legacy-system' },
        },
        { key: 'k-2', value: 'plain text', headers: {} },
        toTransportMessage(good),
      ],
    });
    await producer.disconnect();

    const attempts: EventEnvelope[] = [];
    await bus.subscribe({ groupId, topics: [topic], handle: async (event) => void attempts.push(event) });
    await eventually('the good message', () => attempts.length === 1);
    expect(attempts).toStrictEqual([good]);

    const dead: Array<{ key: string; value: string; headers: Record<string, string>; offset: string }> = [];
    const reader = raw.consumer({ groupId: uniqueName('dlq-reader'), maxWaitTimeInMs: 500 });
    await reader.connect();
    await reader.subscribe({ topics: [deadLetterTopic(topic)], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) =>
        void dead.push({
          key: message.key!.toString(),
          value: message.value!.toString(),
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
          offset: message.offset,
        }),
    });
    await eventually('two dead letters', () => dead.length === 2);
    await reader.disconnect();

    expect(dead[0]).toMatchObject({ key: 'k-1', value: '{"half": ' });
    expect(dead[0].headers).toMatchObject({
      ce_id: 'broken-1',
      origin: 'legacy-system',
      [DLQ.errorCode]: 'poison-message',
      [DLQ.attempts]: '0',
      [DLQ.sourceTopic]: topic,
      [DLQ.partition]: '0',
      [DLQ.offset]: '0',
      [DLQ.group]: groupId,
    });
    expect(dead[0].headers[DLQ.error]).toMatch(/^PoisonMessageError: poison message: missing header ce_type/);
    expect(dead[1]).toMatchObject({ key: 'k-2', value: 'plain text' });
    expect(dead[1].headers).toMatchObject({ [DLQ.errorCode]: 'poison-message', [DLQ.offset]: '1' });
  });

  it('leaves unparseable messages out of a batch, dead-lettered at once, and commits the batch under the exact group id', async () => {
    const topic = uniqueName('bus-batch-poison');
    const groupId = uniqueName('bus-batch-group');
    await bus.ensureTopics([topic], 1);
    const [first, second] = [anEvent({ streamId: 's' }), anEvent({ streamId: 's', version: 2 })];
    const producer = raw.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        toTransportMessage(first),
        { key: 'k-1', value: '{"half": ', headers: { ce_id: 'broken-1' } },
        toTransportMessage(second),
        { key: 'k-2', value: 'plain text', headers: {} },
      ],
    });
    await producer.disconnect();

    const batches: Array<{ events: readonly EventEnvelope[]; delivery: BatchDelivery }> = [];
    const subscription = await bus.subscribeBatches({
      groupId,
      topics: [topic],
      handleBatch: async (events, delivery) => void batches.push({ events, delivery }),
    });
    await eventually('the batch', () => batches.length === 1);
    await subscription.stop();
    expect(batches[0].events).toStrictEqual([first, second]);
    expect(batches[0].delivery).toMatchObject({
      topic,
      partition: 0,
      firstOffset: '0',
      lastOffset: '3',
      attempt: 1,
      eventsBehind: 0,
    });

    const dead: Array<Record<string, string>> = [];
    const reader = raw.consumer({ groupId: uniqueName('dlq-reader'), maxWaitTimeInMs: 500 });
    await reader.connect();
    await reader.subscribe({ topics: [deadLetterTopic(topic)], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) =>
        void dead.push(
          Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
        ),
    });
    await eventually('two dead letters', () => dead.length === 2);
    await reader.disconnect();
    expect(dead.map((h) => [h[DLQ.offset], h[DLQ.attempts], h[DLQ.errorCode], h[DLQ.group]])).toEqual([
      ['1', '0', 'poison-message', groupId],
      ['3', '0', 'poison-message', groupId],
    ]);

    const admin = raw.admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    expect(offsets).toEqual([{ topic, partitions: [{ partition: 0, offset: '4', metadata: null }] }]);
  });

  it('commits offsets under the exact group id, only after handling', async () => {
    const topic = uniqueName('bus-offsets');
    const groupId = uniqueName('bus-exact-group');
    await bus.ensureTopics([topic], 1);
    await bus.publish(topic, [anEvent({ streamId: 's' }), anEvent({ streamId: 's', version: 2 })]);
    const seen: DeliveryContext[] = [];
    const subscription = await bus.subscribe({
      groupId,
      topics: [topic],
      handle: async (_e, delivery) => void seen.push(delivery),
    });
    await eventually('two deliveries', () => seen.length === 2);
    await subscription.stop();

    const admin = raw.admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
    await admin.disconnect();
    expect(groups).toContain(groupId);
    expect(offsets).toEqual([{ topic, partitions: [{ partition: 0, offset: '2', metadata: null }] }]);
  });

  it('publishes with an idempotent producer and answers ping()', async () => {
    await expect(bus.ping()).resolves.toBeUndefined();
    const topic = uniqueName('bus-ping');
    await bus.ensureTopics([topic], 2);
    await bus.ensureTopics([topic], 2);
    const admin = raw.admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic, deadLetterTopic(topic)] });
    await admin.disconnect();
    expect(metadata.topics.map((t) => [t.name, t.partitions.length]).sort()).toEqual([
      [topic, 2],
      [deadLetterTopic(topic), 2],
    ]);
  });
  it('lets several services prepare the same new topics at once: every one returns with leaders elected', async () => {
    // Services starting together (org, customers, contracts) each prepare their own and each
    // other's topics; right after a creation the broker may still answer UNKNOWN_TOPIC_OR_PARTITION,
    // which kafkajs' own wait for leaders does not retry (a service crashed on it in CI).
    const topics = Array.from({ length: 4 }, () => uniqueName('bus-race'));
    const buses = Array.from({ length: 6 }, () => newBus());
    try {
      for (let round = 0; round < 3; round++) {
        const fresh = topics.map((topic) => `${topic}-${round}`);
        await Promise.all(buses.map((b, i) => b.ensureTopics(i % 2 ? fresh : [...fresh].reverse(), 3)));
        const admin = raw.admin();
        await admin.connect();
        const metadata = await admin.fetchTopicMetadata({ topics: fresh });
        await admin.disconnect();
        for (const t of metadata.topics) {
          expect(t.partitions.map((p) => p.leader >= 0)).toEqual([true, true, true]);
        }
      }
    } finally {
      await Promise.all(buses.map((b) => b.close()));
    }
  });

  it('publishes a batch bigger than the broker takes in one request (1 MiB) as several, in order', async () => {
    const topic = uniqueName('bus-big');
    await bus.ensureTopics([topic], 1);
    const streamId = `contract-${randomUUID()}`;
    // ~3 MiB in one publish: 3,000 events of ~1 KiB on one stream (one partition, one record batch).
    const events = Array.from({ length: 3_000 }, (_, i) =>
      anEvent({ streamId, version: i + 1, data: { note: 'x'.repeat(1_000), i } }),
    );
    await bus.publish(topic, events);

    const versions: number[] = [];
    const consumer = raw.consumer({ groupId: uniqueName('bus-big-reader'), maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void versions.push(Number(message.headers!['ce_sequence']!.toString())),
    });
    await eventually('3,000 messages', () => versions.length >= 3_000);
    await consumer.disconnect();
    expect(versions).toEqual(events.map((e) => e.version));
  });
});

describe('trace context across the broker', () => {
  const exporter = new InMemorySpanExporter();
  const contextManager = new AsyncLocalStorageContextManager();
  let bus: KafkaEventBus;

  beforeAll(() => {
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    context.setGlobalContextManager(contextManager.enable());
  });

  afterEach(async () => {
    await bus.close();
  });

  afterAll(() => {
    trace.disable();
    propagation.disable();
    context.disable();
  });

  it('continues the publishing trace in a CONSUMER span around the handler', async () => {
    bus = newBus();
    const topic = uniqueName('bus-trace');
    await bus.ensureTopics([topic], 1);
    const tracer = trace.getTracer('test');
    const event = anEvent();
    const request = tracer.startSpan('POST /contracts');
    await context.with(trace.setSpan(context.active(), request), () => bus.publish(topic, [event]));
    request.end();

    let inHandler: SpanContext | undefined;
    let headers: Readonly<Record<string, string>> | undefined;
    await bus.subscribe({
      groupId: uniqueName('bus-trace-group'),
      topics: [topic],
      handle: async (_event, delivery) => {
        inHandler = trace.getActiveSpan()?.spanContext();
        headers = delivery.headers;
      },
    });
    await eventually('the handler', () => inHandler !== undefined);
    await eventually('the consumer span to end', () =>
      exporter.getFinishedSpans().some((s) => s.name === `process ${topic}`),
    );

    const spans = exporter.getFinishedSpans();
    const publish = spans.find((s) => s.name === `publish ${topic}`)!;
    const consume = spans.find((s) => s.name === `process ${topic}`)!;
    const traceId = request.spanContext().traceId;
    expect(publish.spanContext().traceId).toBe(traceId);
    expect(publish.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(headers!['traceparent']).toBe(`00-${traceId}-${publish.spanContext().spanId}-01`);
    expect(consume.spanContext().traceId).toBe(traceId);
    expect(consume.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
    expect(inHandler).toEqual(consume.spanContext());
    expect(consume.attributes).toMatchObject({
      'messaging.message.id': event.id,
      'messaging.destination.name': topic,
    });
  });

  it('parents the publish span on the envelope traceparent when no span is active (the relay)', async () => {
    bus = newBus();
    const topic = uniqueName('bus-trace-relay');
    await bus.ensureTopics([topic], 1);
    const origin = { traceId: randomUUID().replace(/-/g, ''), spanId: 'a1b2c3d4e5f60718' };
    const event = anEvent({ traceparent: `00-${origin.traceId}-${origin.spanId}-01` });
    exporter.reset();
    await bus.publish(topic, [event]);

    const received: EventEnvelope[] = [];
    await bus.subscribe({
      groupId: uniqueName('bus-trace-group'),
      topics: [topic],
      handle: async (e) => void received.push(e),
    });
    await eventually('the consumer span to end', () =>
      exporter.getFinishedSpans().some((s) => s.name === `process ${topic}`),
    );

    const publish = exporter.getFinishedSpans().find((s) => s.name === `publish ${topic}`)!;
    const consume = exporter.getFinishedSpans().find((s) => s.name === `process ${topic}`)!;
    expect(publish.spanContext().traceId).toBe(origin.traceId);
    expect(publish.parentSpanContext?.spanId).toBe(origin.spanId);
    expect(consume.spanContext().traceId).toBe(origin.traceId);
    expect(received).toStrictEqual([event]);
  });

  it('runs each batch in one CONSUMER span of its own trace, linked to every publishing span', async () => {
    bus = newBus();
    const topic = uniqueName('bus-trace-batch');
    await bus.ensureTopics([topic], 1);
    exporter.reset();
    const events = [anEvent({ streamId: 's' }), anEvent({ streamId: 's', version: 2 })];
    await bus.publish(topic, events);

    let inHandler: SpanContext | undefined;
    await bus.subscribeBatches({
      groupId: uniqueName('bus-trace-group'),
      topics: [topic],
      handleBatch: async () => void (inHandler = trace.getActiveSpan()?.spanContext()),
    });
    await eventually('the batch span to end', () =>
      exporter.getFinishedSpans().some((s) => s.name === `process ${topic}`),
    );

    const publishes = exporter.getFinishedSpans().filter((s) => s.name === `publish ${topic}`);
    const consume = exporter.getFinishedSpans().find((s) => s.name === `process ${topic}`)!;
    expect(inHandler).toEqual(consume.spanContext());
    expect(consume.parentSpanContext).toBeUndefined();
    expect(consume.links.map((l) => l.context.spanId).sort()).toEqual(
      publishes.map((p) => p.spanContext().spanId).sort(),
    );
    expect(consume.attributes).toMatchObject({
      'messaging.batch.message_count': 2,
      'messaging.kafka.offset': 0,
    });
  });
});
