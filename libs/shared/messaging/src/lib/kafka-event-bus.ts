import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { Kafka, logLevel, Partitioners, type Admin, type EachBatchHandler, type Producer } from 'kafkajs';
import { maxBatchSizeOf } from './batch-processor';
import { toTransportMessage, type RawMessage } from './cloud-events';
import { eachChunk, eachMessageInTurn, type EachBatchContext } from './kafka-each-batch';
import { KafkaSubscription } from './kafka-subscription';
import { DEFAULT_MAX_REQUEST_BYTES, splitBySize } from './produce-requests';
import {
  deadLetterTopic,
  type BatchSubscription,
  type EventBus,
  type RetryPolicy,
  type Subscription,
  type SubscriptionHandle,
} from './event-bus.port';
import { kafkaJsonLogCreator, type JsonLineSink } from './kafka-json-log';
import { startPublishSpan } from './message-tracing';
import { ProcessedEventGuard } from './processed-event-guard';
import { createTopicsWithLeaders } from './topic-preparation';

export type KafkaEventBusOptions = Readonly<{
  brokers: readonly string[];
  clientId: string;
  /** Retry policy of subscriptions that bring none. */
  defaultRetry?: RetryPolicy;
  /** Size of each subscription's in-memory guard of handled event ids. */
  dedupCapacity?: number;
  /** Partitions a subscription handles in parallel (order holds per partition, hence per key). */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  /**
   * How long a fetch waits on the broker for new messages (default 1 s). Stopping a consumer waits
   * for the fetch in flight, so this bounds shutdown latency; kafkajs' 5 s default is long for a pod.
   */
  fetchMaxWaitMs?: number;
  /**
   * Longest time a handled message's offset waits to be committed (default 200 ms); committing
   * every message would cost one broker round trip each. The offsets are committed when a batch
   * ends or the subscription stops in any case.
   */
  commitIntervalMs?: number;
  /** Where kafkajs' own warnings go, as JSON lines (default stderr). */
  log?: JsonLineSink;
  /**
   * Most bytes (keys, values, headers) sent in one produce request; a larger publish goes out as
   * several requests in order. Must stay under the broker's `message.max.bytes` (default 1 MiB),
   * which a partition's record batch may not exceed. Default 768 KiB.
   */
  maxRequestBytes?: number;
  /** Partitions of the topics `prepareTopic` creates (KAFKA_TOPIC_PARTITIONS, default 3). */
  topicPartitions?: number;
}>;

export class EventBusClosedError extends Error {
  readonly code = 'event-bus-closed';
  constructor() {
    super('the event bus is closed');
    this.name = 'EventBusClosedError';
  }
}

/**
 * The EventBus on Kafka (kafkajs 2.2.4). Publishing: one idempotent producer, acks=all, one
 * request in flight (kafkajs keeps order with idempotence only so), key = stream id. Consuming:
 * one consumer per subscription with its exact group id, auto-commit off; an offset is committed
 * only after the handler succeeded or the message went to the dead-letter topic.
 */
export class KafkaEventBus implements EventBus {
  private readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private admin?: Promise<Admin>;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private readonly deadLetterTopics = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly options: KafkaEventBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logLevel: logLevel.WARN,
      logCreator: kafkaJsonLogCreator(options.log),
    });
  }

  async publish(topic: string, events: readonly EventEnvelope[]): Promise<void> {
    this.assertOpen();
    if (events.length === 0) return;
    const spans = events.map((event) => startPublishSpan(topic, event));
    try {
      const messages = events.map((event, i) => toTransportMessage(event, spans[i].carrier));
      const producer = await this.connectedProducer();
      // One request in flight and sequential sends: the order of `events` is the order on the topic.
      for (const chunk of splitBySize(messages, this.options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES)) {
        await producer.send({
          topic,
          acks: -1,
          messages: chunk.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
        });
      }
      spans.forEach((span) => span.end());
    } catch (error) {
      spans.forEach((span) => span.end(error));
      throw error;
    }
  }

  async subscribe(subscription: Subscription): Promise<SubscriptionHandle> {
    const withRetry: Subscription = {
      ...subscription,
      retry: subscription.retry ?? this.options.defaultRetry,
    };
    const commitIntervalMs = this.options.commitIntervalMs ?? 200;
    return this.run(subscription, (context) => eachMessageInTurn(withRetry, context, commitIntervalMs));
  }

  async subscribeBatches(subscription: BatchSubscription): Promise<SubscriptionHandle> {
    const maxBatchSize = maxBatchSizeOf(subscription);
    const withRetry: BatchSubscription = {
      ...subscription,
      retry: subscription.retry ?? this.options.defaultRetry,
    };
    return this.run(subscription, (context) => eachChunk(withRetry, context, maxBatchSize));
  }

  /**
   * One consumer with the subscription's exact group id, auto-commit off: `eachBatch` (built for
   * the consumer, its stop handle and the subscription's guard) resolves and commits offsets itself.
   */
  private async run(
    subscription: Readonly<{ groupId: string; topics: readonly string[]; fromBeginning?: boolean }>,
    eachBatch: (context: EachBatchContext) => EachBatchHandler,
  ): Promise<SubscriptionHandle> {
    this.assertOpen();
    const consumer = this.kafka.consumer({
      groupId: subscription.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      maxWaitTimeInMs: this.options.fetchMaxWaitMs ?? 1_000,
      allowAutoTopicCreation: false,
    });
    const running = new KafkaSubscription(consumer, () => this.subscriptions.delete(running));
    try {
      await consumer.connect();
      await consumer.subscribe({
        topics: [...subscription.topics],
        fromBeginning: subscription.fromBeginning ?? true,
      });
      await consumer.run({
        autoCommit: false,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
        eachBatchAutoResolve: false,
        eachBatch: eachBatch({
          consumer,
          running,
          guard: new ProcessedEventGuard(this.options.dedupCapacity),
          deadLetter: (topic, message, extra) => this.sendToDeadLetter(topic, message, extra),
        }),
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.subscriptions.add(running);
    return { stop: () => running.stop() };
  }

  /**
   * A context's topic exists before the relay publishes to it. In production the topics come from
   * deploy/kafka; creating an existing topic is a no-op.
   */
  async prepareTopic(topic: string): Promise<void> {
    await this.ensureTopics([topic], this.options.topicPartitions ?? 3);
  }

  /** Creates the topics (and their dead-letter topics) when missing; existing ones are left as they are. */
  async ensureTopics(topics: readonly string[], partitions: number): Promise<void> {
    const all = topics.flatMap((topic) => [topic, deadLetterTopic(topic)]);
    await createTopicsWithLeaders(
      await this.connectedAdmin(),
      all.map((topic) => ({ topic, numPartitions: partitions })),
    );
  }

  async ping(): Promise<void> {
    const admin = await this.connectedAdmin();
    await admin.describeCluster();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    await Promise.all([
      producer?.then((p) => p.disconnect()).catch(() => undefined),
      admin?.then((a) => a.disconnect()).catch(() => undefined),
    ]);
  }

  private async sendToDeadLetter(
    topic: string,
    message: RawMessage,
    extra: Record<string, string>,
  ): Promise<void> {
    const dlq = deadLetterTopic(topic);
    await this.ensureDeadLetterTopic(topic, dlq);
    const producer = await this.connectedProducer();
    await producer.send({
      topic: dlq,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: { ...message.headers, ...extra } }],
    });
  }

  /** Production brokers usually refuse auto-creation, so the DLQ is created like its source topic. */
  private ensureDeadLetterTopic(topic: string, dlq: string): Promise<void> {
    let ready = this.deadLetterTopics.get(dlq);
    if (!ready) {
      ready = (async () => {
        const admin = await this.connectedAdmin();
        if ((await admin.listTopics()).includes(dlq)) return;
        const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
        const numPartitions = metadata.topics[0]?.partitions.length ?? 1;
        await createTopicsWithLeaders(admin, [{ topic: dlq, numPartitions }]);
      })();
      ready.catch(() => this.deadLetterTopics.delete(dlq));
      this.deadLetterTopics.set(dlq, ready);
    }
    return ready;
  }

  private connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      this.producer = producer.connect().then(() => producer);
      this.producer.catch(() => (this.producer = undefined));
    }
    return this.producer;
  }

  private connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = undefined));
    }
    return this.admin;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventBusClosedError();
  }
}
