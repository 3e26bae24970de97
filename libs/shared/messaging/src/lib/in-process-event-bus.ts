import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { toTransportMessage, type TransportMessage } from './cloud-events';
import {
  deadLetterTopic,
  type EventBus,
  type RetryPolicy,
  type Subscription,
  type SubscriptionHandle,
} from './event-bus.port';
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

/** `seq` orders entries across topics, so a group reading several topics sees publish order. */
type LogEntry = Readonly<{ seq: number; message: TransportMessage }>;

/**
 * The EventBus inside one process (standalone mode). Each topic is an ordered in-memory log kept
 * for the life of the process, so a group created later can still read it from the beginning; in
 * standalone the durable copy is the file event store, which the relay republishes from on start.
 * Messages are stored in their CloudEvents wire form, so both adapters serialise alike. Per group:
 * one sequential reader, committed offsets that survive a stop/re-subscribe, and the same
 * retry → dead-letter and dedup semantics as Kafka (shared `processMessage`).
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
      { ...subscription, retry: subscription.retry ?? this.options.defaultRetry },
      offsets,
      (topic) => this.log(topic),
      (topic, message) => this.append(topic, message),
      new ProcessedEventGuard(this.options.dedupCapacity),
      () => this.running.delete(groupId),
    );
    this.running.set(groupId, reader);
    reader.start();
    return { stop: () => reader.stop() };
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running.values()].map((reader) => reader.stop()));
  }

  private append(topic: string, message: TransportMessage): void {
    this.log(topic).push({ seq: ++this.seq, message });
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

const YIELD_EVERY = 100;

class GroupReader {
  private readonly abort = new AbortController();
  private wakeUp?: () => void;
  private loop?: Promise<void>;
  private handledSinceYield = 0;

  constructor(
    private readonly subscription: Subscription,
    private readonly offsets: Map<string, number>,
    private readonly log: (topic: string) => readonly LogEntry[],
    private readonly append: (topic: string, message: TransportMessage) => void,
    private readonly guard: ProcessedEventGuard,
    private readonly onStopped: () => void,
  ) {}

  start(): void {
    this.loop = this.run().finally(this.onStopped);
  }

  wake(topic: string): void {
    if (this.subscription.topics.includes(topic)) this.wakeUp?.();
  }

  /** Waits for the handler in flight; a pending retry is abandoned and its message stays uncommitted. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wakeUp?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.abort.signal.aborted) {
      const next = this.next();
      if (!next) {
        await new Promise<void>((resolve) => (this.wakeUp = resolve));
        this.wakeUp = undefined;
        continue;
      }
      const { topic, offset, message } = next;
      const outcome = await processMessage({
        subscription: this.subscription,
        guard: this.guard,
        signal: this.abort.signal,
        topic,
        partition: 0,
        offset: String(offset),
        message,
        deadLetter: async (extra) =>
          this.append(deadLetterTopic(topic), {
            key: message.key,
            value: message.value,
            headers: { ...message.headers, ...extra },
          }),
      });
      if (outcome === 'commit') this.offsets.set(topic, offset + 1);
      // Handlers that never touch I/O would otherwise replay a long log without yielding to timers and sockets.
      if (++this.handledSinceYield >= YIELD_EVERY) {
        this.handledSinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  /** The oldest unhandled entry across the subscribed topics. */
  private next(): { topic: string; offset: number; message: TransportMessage } | undefined {
    let best: { topic: string; offset: number; entry: LogEntry } | undefined;
    for (const topic of this.subscription.topics) {
      const offset = this.offsets.get(topic) ?? 0;
      const entry = this.log(topic)[offset];
      if (entry && (!best || entry.seq < best.entry.seq)) best = { topic, offset, entry };
    }
    return best && { topic: best.topic, offset: best.offset, message: best.entry.message };
  }
}
