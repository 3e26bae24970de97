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
 * consumers deduplicate by event id.
 *
 * Pipelined so the broker, not the database, sets the pace: while batch N is published, batch N+1
 * is already being read, and batch N is marked while N+1 is published. Publishes never overlap
 * and the store hands out each stream's commits as a gapless run in version order, so per-stream
 * order is kept; commits still in flight (published or being published, not yet marked) are left
 * out of the read-ahead. At most one mark is outstanding, and a failed one stops the pass.
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

  /** One pass over the outbox until it is empty; passes are serialised between the loop and flush(). */
  private round(): Promise<number> {
    const next = this.exclusive.then(() => this.pass());
    this.exclusive = next.catch(() => undefined);
    return next;
  }

  private async pass(): Promise<number> {
    const { store, bus, topic } = this.options;
    /** Commits read but not yet marked published: the read-ahead must not hand them out again. */
    const inFlight = new Set<string>();
    const read = (): Promise<Commit[]> => {
      const exclude = new Set(inFlight);
      return store
        .unpublished(this.batchSize + exclude.size)
        .then((commits) => commits.filter((commit) => !exclude.has(keyOf(commit))).slice(0, this.batchSize));
    };
    let marking: Promise<void> = Promise.resolve();
    let total = 0;
    let next = read();
    try {
      for (;;) {
        const commits = await next;
        if (commits.length === 0) break;
        for (const commit of commits) inFlight.add(keyOf(commit));
        next = read();
        next.catch(() => undefined);
        const events = commits.flatMap((commit) => commit.events);
        await bus.publish(topic, events);
        await marking;
        const keys = commits.map(({ streamId, fromVersion }) => ({ streamId, fromVersion }));
        marking = store.markPublished(keys).then(() => keys.forEach((key) => inFlight.delete(keyOf(key))));
        total += events.length;
        if (this.stopping) break;
      }
    } finally {
      // The last mark settles before the pass ends (or fails with it): a pass never leaves work behind.
      await marking;
    }
    return total;
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

function keyOf(commit: Pick<Commit, 'streamId' | 'fromVersion'>): string {
  return `${commit.streamId}\u0000${commit.fromVersion}`;
}
