import { type Commit, type CommitRange, type EventStore, commitKey } from '@sales/shared/event-sourcing';
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
  /**
   * The relay reads the commits its own store instance appended (`recent`, from memory) first, and
   * the whole outbox (`store`) when those do not fill a batch and the last `store` read was full
   * (a backlog) or never happened, before `flush()` returns, and at least this often (default 2 s)
   * so other writers' commits never wait long behind a busy process's own.
   */
  storeReadIntervalMs?: number;
  /** Failures are retried on the next poll; this only reports them (default: a JSON line on stderr). */
  onError?: (error: unknown) => void;
}>;

/**
 * Moves commits from the store's outbox to the bus: read unpublished commits → publish their
 * published (integration) events in order — never the internal ones (resolves after the broker's ack) → mark the commits published. A crash between
 * publish and mark republishes those commits after restart: delivery is at least once and
 * consumers deduplicate by event id.
 *
 * Pipelined so the broker, not the database, sets the pace: while batch N is published, batch N+1
 * is already being read, and batch N is marked while later ones are published. Publishes never
 * overlap and the store hands out each stream's commits as a gapless run in version order, so
 * per-stream order is kept; commits still in flight (published or being published, not yet
 * marked) are left out of the read-ahead. Marks run in order, at most MARK_LAG batches behind; a
 * failed one stops the pass and its commits are published again by the next.
 *
 * Run one relay per context (several would only duplicate messages, never lose or reorder a
 * stream's events: each publishes whole commits in version order; the duplicates are absorbed by
 * the consumers' idempotency).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly storeReadIntervalMs: number;
  private lastStoreRead = performance.now();
  private storeRead = false;
  /** The last `store` read filled a batch: there is probably more than the recent commits. */
  private storeBacklog = false;
  private readonly onError: (error: unknown) => void;
  private exclusive: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;
  private stopping = false;
  private notified = false;
  private wakeUp?: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.storeReadIntervalMs = options.storeReadIntervalMs ?? 2_000;
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

  /** Publishes until the outbox is empty; returns how many published events went out. */
  async flush(): Promise<number> {
    let total = 0;
    for (let published = await this.round(true); published > 0; published = await this.round(true))
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
  private round(endOnStoreRead = false): Promise<number> {
    const next = this.exclusive.then(() => this.pass(endOnStoreRead));
    this.exclusive = next.catch(() => undefined);
    return next;
  }

  /**
   * Reads, publishes and marks batch after batch until a read comes back empty; with
   * `endOnStoreRead` only an empty read of the whole outbox ends it (flush), otherwise an empty
   * read of the recent commits does too.
   */
  private async pass(endOnStoreRead: boolean): Promise<number> {
    const { store, bus, topic } = this.options;
    /** Commits read but not yet marked published: the read-ahead must not hand them out again. */
    const inFlight = new Map<string, CommitRange>();
    const read = async (
      mustReadStore = false,
    ): Promise<Readonly<{ commits: Commit[]; from: 'store' | 'recent' }>> => {
      const excluding = [...inFlight.values()];
      const storeDue = performance.now() - this.lastStoreRead >= this.storeReadIntervalMs;
      if (!mustReadStore && !storeDue) {
        const recent = await store.unpublished(this.batchSize, { from: 'recent', excluding });
        if (recent.length >= this.batchSize || (this.storeRead && !this.storeBacklog)) {
          return { commits: recent, from: 'recent' };
        }
      }
      this.lastStoreRead = performance.now();
      this.storeRead = true;
      const found = await store.unpublished(this.batchSize, { from: 'store', excluding });
      this.storeBacklog = found.length >= this.batchSize;
      return { commits: found, from: 'store' };
    };
    let marking: Promise<void> = Promise.resolve();
    let unmarked = 0;
    let total = 0;
    let next = read();
    try {
      for (;;) {
        const { commits, from } = await next;
        if (commits.length === 0) {
          if (from === 'store' || !endOnStoreRead) break;
          next = read(true);
          continue;
        }
        for (const commit of commits) inFlight.set(commitKey(commit), rangeOf(commit));
        next = read();
        next.catch(() => undefined);
        // Only the published events leave; a commit of internal events alone is just marked.
        const events = commits.flatMap((commit) => commit.published);
        if (events.length > 0) await bus.publish(topic, events);
        // Marks run one after another behind the publishes; publishing waits only when more than
        // MARK_LAG batches are published but not yet marked (bounded memory, bounded re-publish).
        if (unmarked >= MARK_LAG) await marking;
        const keys = commits.map(({ streamId, fromVersion }) => ({ streamId, fromVersion }));
        unmarked += 1;
        marking = marking.then(async () => {
          await store.markPublished(keys);
          keys.forEach((key) => inFlight.delete(commitKey(key)));
          unmarked -= 1;
        });
        marking.catch(() => undefined);
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

/** Published batches whose marks may still be running before the next publish waits for them. */
const MARK_LAG = 2;

function rangeOf(commit: Commit): CommitRange {
  return {
    streamId: commit.streamId,
    fromVersion: commit.fromVersion,
    toVersion: commit.fromVersion + commit.events.length,
  };
}
