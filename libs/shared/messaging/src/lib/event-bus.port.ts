import type { EventEnvelope } from '@sales/shared/event-sourcing';

export type DeliveryContext = Readonly<{
  topic: string;
  partition: number;
  offset: string;
  /** 1 on first delivery, incremented on each retry. */
  attempt: number;
  /**
   * Transport headers as text (CloudEvents `ce_*`, `traceparent`, and on a dead-letter topic the
   * `dlq_*` headers saying why the message landed there). Always set by the adapters.
   */
  headers?: Readonly<Record<string, string>>;
}>;

/** `attempts: Infinity` retries forever (a projector whose database is down waits; nothing is dead-lettered). */
export type RetryPolicy = Readonly<{ attempts: number; initialBackoffMs: number; maxBackoffMs: number }>;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialBackoffMs: 200, maxBackoffMs: 5_000 };

export type Subscription = Readonly<{
  /** Exact consumer group id (no hidden suffixes). */
  groupId: string;
  topics: readonly string[];
  /**
   * Must be idempotent. Delivery is at least once: the outbox relay republishes after a crash and
   * Kafka redelivers after a rebalance. The bus skips event ids this subscription already handled
   * (a bounded in-memory guard), which covers redelivery within one process only; durable
   * deduplication is the handler's job — projections check stored stream versions/offsets,
   * effects are keyed by event id (a unique `_id`), so a second application is a no-op.
   * Throwing means "retry": after `retry.attempts` the message goes to `deadLetterTopic(topic)`.
   */
  handle: (event: EventEnvelope, delivery: DeliveryContext) => Promise<void>;
  retry?: RetryPolicy;
  /** Start a new group at the beginning of the topics (default true: nothing is missed). */
  fromBeginning?: boolean;
}>;

/** Where a batch sits in its partition: one topic, one partition, consecutive offsets. */
export type BatchDelivery = Readonly<{
  topic: string;
  partition: number;
  /** Offsets of the batch's first and last message (dead-lettered unparseable ones included). */
  firstOffset: string;
  lastOffset: string;
  /** 1 on first delivery, incremented on each retry of the whole batch. */
  attempt: number;
  /**
   * Messages left on the partition after this batch when it was fetched (Kafka: high watermark −
   * lastOffset − 1; in-process: log length − position after the batch). 0 means caught up.
   */
  eventsBehind: number;
  /** When the batch's last message was published (ISO; Kafka's message timestamp), null when unknown. */
  lastPublishedAt: string | null;
}>;

export const DEFAULT_MAX_BATCH_SIZE = 500;

export type BatchSubscription = Readonly<{
  /** Exact consumer group id (no hidden suffixes). */
  groupId: string;
  topics: readonly string[];
  /**
   * Gets consecutive events of ONE partition of ONE topic, in order (a batch never mixes
   * partitions or topics). Same at-least-once semantics as `Subscription.handle`, per batch: the
   * offsets move past the batch only after this resolved; throwing retries the whole batch with
   * backoff, and after `retry.attempts` every message of the batch goes to the dead-letter topic.
   * Unparseable messages are dead-lettered at once and left out; ids this subscription already
   * handled in this process are left out too. `events` may therefore be empty: the call still
   * says where the partition stands (`eventsBehind`), so lag metrics reach 0.
   */
  handleBatch: (events: readonly EventEnvelope[], delivery: BatchDelivery) => Promise<void>;
  retry?: RetryPolicy;
  /** Start a new group at the beginning of the topics (default true: nothing is missed). */
  fromBeginning?: boolean;
  /** Most messages in one batch (default DEFAULT_MAX_BATCH_SIZE). */
  maxBatchSize?: number;
}>;

export type SubscriptionHandle = Readonly<{ stop: () => Promise<void> }>;

/** Name of the dead-letter topic of a consumer group's source topic. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * The messaging port (ARCHITECTURE.md §3). Events go to their context's topic, keyed by stream id,
 * as CloudEvents 1.0 in binary mode. Adapters: KafkaEventBus (kafkajs — unmaintained, so it stays
 * behind this port) and InProcessEventBus (standalone). Both pass `event-bus.contract-spec.ts`.
 */
export interface EventBus {
  /** Resolves once the broker acknowledged every event (acks=all); order per stream is kept. */
  publish(topic: string, events: readonly EventEnvelope[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<SubscriptionHandle>;
  /** Like `subscribe`, but the handler gets the events in batches (see BatchSubscription). */
  subscribeBatches(subscription: BatchSubscription): Promise<SubscriptionHandle>;
  /** Is the broker answering? (`/health/ready`) */
  ping(): Promise<void>;
  /**
   * Lifecycle hook, called by a context at start for its topic before the relay publishes: the
   * topic and its dead-letter topic exist afterwards (Kafka creates them when missing). A bus whose
   * topics need no preparation leaves it out.
   */
  prepareTopic?(topic: string): Promise<void>;
  /**
   * True when what was published does not outlive the process (the in-process bus). The outbox
   * republishes only what was never published, so an event published just before a crash but not
   * yet handled would be lost; a context therefore replays its history into a volatile bus at start.
   */
  readonly volatile?: boolean;
  /** Graceful: stop fetching, finish in-flight handlers, commit, disconnect. */
  close(): Promise<void>;
}
