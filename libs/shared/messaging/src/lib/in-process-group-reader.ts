import type { TransportMessage } from './cloud-events';
import type { ProcessOutcome } from './message-processor';

/** One message of an in-process topic log; `seq` orders entries across topics (publish order). */
export type LogEntry = Readonly<{ seq: number; publishedAt: string; message: TransportMessage }>;

/** What a reader does with the entries it took (`offset` is the first one's); `commit` moves the group past them. */
export type ReadStep = (
  topic: string,
  offset: number,
  entries: readonly LogEntry[],
  signal: AbortSignal,
) => Promise<ProcessOutcome>;

const YIELD_EVERY = 100;

/**
 * The one sequential reader of a consumer group in InProcessEventBus: takes up to `take`
 * consecutive entries of the topic whose next entry is the oldest, hands them to `step`, and
 * moves the group's committed offset past them once `step` says so.
 */
export class GroupReader {
  private readonly abort = new AbortController();
  private wakeUp?: () => void;
  private loop?: Promise<void>;
  private handledSinceYield = 0;

  constructor(
    private readonly topics: readonly string[],
    private readonly take: number,
    /** topic → offset of the next entry to handle (the group's committed offsets, shared). */
    private readonly offsets: Map<string, number>,
    private readonly log: (topic: string) => readonly LogEntry[],
    private readonly step: ReadStep,
    private readonly onStopped: () => void,
  ) {}

  start(): void {
    this.loop = this.run().finally(this.onStopped);
  }

  wake(topic: string): void {
    if (this.topics.includes(topic)) this.wakeUp?.();
  }

  /** Waits for the step in flight; a pending retry is abandoned and its entries stay uncommitted. */
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
      const { topic, offset, entries } = next;
      const outcome = await this.step(topic, offset, entries, this.abort.signal);
      if (outcome === 'commit') this.offsets.set(topic, offset + entries.length);
      // Handlers that never touch I/O would otherwise replay a long log without yielding to timers and sockets.
      this.handledSinceYield += entries.length;
      if (this.handledSinceYield >= YIELD_EVERY) {
        this.handledSinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  /** The oldest unhandled entry across the subscribed topics, and those after it on its topic. */
  private next(): { topic: string; offset: number; entries: LogEntry[] } | undefined {
    let best: { topic: string; offset: number; entry: LogEntry } | undefined;
    for (const topic of this.topics) {
      const offset = this.offsets.get(topic) ?? 0;
      const entry = this.log(topic)[offset];
      if (entry && (!best || entry.seq < best.entry.seq)) best = { topic, offset, entry };
    }
    if (!best) return undefined;
    const { topic, offset } = best;
    return { topic, offset, entries: this.log(topic).slice(offset, offset + this.take) };
  }
}
