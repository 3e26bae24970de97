import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { maxBatchSizeOf, processBatch } from './batch-processor';
import { toTransportMessage, type TransportMessage } from './cloud-events';
import {
  deadLetterTopic,
  type EventBus,
  type BatchSubscription,
  type RetryPolicy,
  type Subscription,
  type SubscriptionHandle,
} from './event-bus.port';
import { GroupReader, type LogEntry, type ReadStep } from './in-process-group-reader';
import { processMessage } from './message-processor';
import { startPublishSpan } from './message-tracing';
import { ProcessedEventGuard } from './processed-event-guard';

export type InProcessEventBusOptions = Readonly<{ defaultRetry?: RetryPolicy; dedupCapacity?: number }>;

export class GroupAlreadySubscribedError extends Error {
  readonly code = 'group-already-subscribed';
  constructor(readonly groupId: string) {
    super(`consumer group ${groupId} already has a running subscription in this process`);
    this.name = 'GroupAlreadySubscribedError';
  }
}

export class InProcessBusClosedError extends Error {
  readonly code = 'event-bus-closed';
  constructor() {
    super('the event bus is closed');
    this.name = 'InProcessBusClosedError';
  }
}

/**
 * The EventBus inside one process (standalone mode). Each topic is an ordered in-memory log kept
 * for the life of the process, so a group created later can still read it from the beginning; in
 * standalone the durable copy is the file event store, which the relay republishes from on start.
 * Messages are stored in their CloudEvents wire form, so both adapters serialise alike. Per group:
 * one sequential reader, committed offsets that survive a stop/re-subscribe, and the same
 * retry → dead-letter and dedup semantics as Kafka (shared `processMessage`, `processBatch`).
 */
export class InProcessEventBus implements EventBus {
  /** Its logs live in memory: gone with the process. */
  readonly volatile = true;
  private readonly logs = new Map<string, LogEntry[]>();
  /** groupId → topic → offset of the next message to handle. */
  private readonly committed = new Map<string, Map<string, number>>();
  private readonly running = new Map<string, GroupReader>();
  private seq = 0;
  private closed = false;

  constructor(private readonly options: InProcessEventBusOptions = {}) {}

  async publish(topic: string, events: readonly EventEnvelope[]): Promise<void> {
    this.assertOpen();
    const messages = events.map((event) => {
      const span = startPublishSpan(topic, event);
      try {
        const message = toTransportMessage(event, span.carrier);
        span.end();
        return message;
      } catch (error) {
        span.end(error);
        throw error;
      }
    });
    for (const message of messages) this.append(topic, message);
  }

  async subscribe(subscription: Subscription): Promise<SubscriptionHandle> {
    const withRetry: Subscription = {
      ...subscription,
      retry: subscription.retry ?? this.options.defaultRetry,
    };
    const guard = new ProcessedEventGuard(this.options.dedupCapacity);
    return this.read(subscription, 1, (topic, offset, [{ message }], signal) =>
      processMessage({
        subscription: withRetry,
        guard,
        signal,
        topic,
        partition: 0,
        offset: String(offset),
        message,
        deadLetter: async (extra) => this.deadLetter(topic, message, extra),
      }),
    );
  }

  /** Up to `maxBatchSize` consecutive entries of one topic per batch; the topics interleave in publish order. */
  async subscribeBatches(subscription: BatchSubscription): Promise<SubscriptionHandle> {
    const maxBatchSize = maxBatchSizeOf(subscription);
    const withRetry: BatchSubscription = {
      ...subscription,
      retry: subscription.retry ?? this.options.defaultRetry,
    };
    const guard = new ProcessedEventGuard(this.options.dedupCapacity);
    return this.read(subscription, maxBatchSize, (topic, offset, entries, signal) =>
      processBatch({
        subscription: withRetry,
        guard,
        signal,
        topic,
        partition: 0,
        messages: entries.map((entry, i) => ({ offset: String(offset + i), message: entry.message })),
        eventsBehind: this.log(topic).length - (offset + entries.length),
        lastPublishedAt: entries[entries.length - 1].publishedAt,
        deadLetter: async (m, extra) =>
          this.deadLetter(topic, entries[Number(m.offset) - offset].message, extra),
      }),
    );
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running.values()].map((reader) => reader.stop()));
  }

  /** Starts the group's one reader, from its committed offsets (a new group: per `fromBeginning`). */
  private async read(
    subscription: Readonly<{ groupId: string; topics: readonly string[]; fromBeginning?: boolean }>,
    take: number,
    step: ReadStep,
  ): Promise<SubscriptionHandle> {
    this.assertOpen();
    const { groupId } = subscription;
    if (this.running.has(groupId)) throw new GroupAlreadySubscribedError(groupId);
    let offsets = this.committed.get(groupId);
    if (!offsets) {
      offsets = new Map();
      this.committed.set(groupId, offsets);
    }
    for (const topic of subscription.topics) {
      if (!offsets.has(topic))
        offsets.set(topic, subscription.fromBeginning === false ? this.log(topic).length : 0);
    }
    const reader = new GroupReader(
      subscription.topics,
      take,
      offsets,
      (topic) => this.log(topic),
      step,
      () => this.running.delete(groupId),
    );
    this.running.set(groupId, reader);
    reader.start();
    return { stop: () => reader.stop() };
  }

  private deadLetter(topic: string, message: TransportMessage, extra: Record<string, string>): void {
    this.append(deadLetterTopic(topic), {
      key: message.key,
      value: message.value,
      headers: { ...message.headers, ...extra },
    });
  }

  private append(topic: string, message: TransportMessage): void {
    this.log(topic).push({ seq: ++this.seq, publishedAt: new Date().toISOString(), message });
    for (const reader of this.running.values()) reader.wake(topic);
  }

  private log(topic: string): LogEntry[] {
    let log = this.logs.get(topic);
    if (!log) {
      log = [];
      this.logs.set(topic, log);
    }
    return log;
  }

  private assertOpen(): void {
    if (this.closed) throw new InProcessBusClosedError();
  }
}
