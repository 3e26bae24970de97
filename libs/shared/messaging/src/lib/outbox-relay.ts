import type { Commit, EventStore } from '@sales/shared/event-sourcing';
import type { EventBus } from './event-bus.port';

export type OutboxRelayOptions = Readonly<{
  store: EventStore;
  bus: EventBus;
  /** The context's topic, normally `contextTopic(store.context)`. */
  topic: string;
  /** Commits per round trip (default 500). */
  batchSize?: number;
  /** How often an idle relay looks for commits nobody notified it about (default 1 s). */
  pollIntervalMs?: number;
  /** Failures are retried on the next poll; this only reports them (default: a JSON line on stderr). */
  onError?: (error: unknown) => void;
}>;

/**
 * Moves commits from the store's outbox to the bus: read unpublished commits → publish their
 * events in order (resolves after the broker's ack) → mark the commits published. A crash between
 * publish and mark republishes those commits after restart: delivery is at least once and
 * consumers deduplicate by event id. Rounds never overlap, so per-stream order is kept.
 *
 * Run one relay per context (several would only duplicate messages, never lose or reorder a
 * stream's events: each publishes whole commits in version order; the duplicates are absorbed by
 * the consumers' idempotency).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly onError: (error: unknown) => void;
  private exclusive: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopping = false;
  private notified = false;
  private wakeUp?: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.onError =
      options.onError ??
      ((error) =>
        process.stderr.write(
          `${JSON.stringify({ level: 'error', time: new Date().toISOString(), component: 'outbox-relay', topic: options.topic, msg: String(error) })}\n`,
        ));
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Something was just appended: publish now rather than at the next poll. */
  notify(): void {
    this.notified = true;
    this.wakeUp?.();
  }

  /** Publishes until the outbox is empty; returns how many events went out. */
  async flush(): Promise<number> {
    let total = 0;
    for (let published = await this.round(); published > 0; published = await this.round())
      total += published;
    return total;
  }

  /** Graceful: the round in progress (publish and mark) completes, no new one starts. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  close(): Promise<void> {
    return this.stop();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let published = 0;
      try {
        published = await this.round();
      } catch (error) {
        this.onError(error);
      }
      if (published === 0) await this.idle(this.pollIntervalMs);
    }
  }

  /** One read → publish → mark round; rounds are serialised between the loop and flush(). */
  private round(): Promise<number> {
    const next = this.exclusive.then(() => this.publishOnce());
    this.exclusive = next.catch(() => undefined);
    return next;
  }

  private async publishOnce(): Promise<number> {
    const commits: Commit[] = await this.options.store.unpublished(this.batchSize);
    if (commits.length === 0) return 0;
    const events = commits.flatMap((commit) => commit.events);
    await this.options.bus.publish(this.options.topic, events);
    await this.options.store.markPublished(
      commits.map(({ streamId, fromVersion }) => ({ streamId, fromVersion })),
    );
    return events.length;
  }

  private async idle(ms: number): Promise<void> {
    if (this.notified || this.stopping) {
      this.notified = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
    this.notified = false;
  }
}
