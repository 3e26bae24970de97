import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';

/** The store reads a folded index needs: a pass to rebuild, and one stream to catch up. */
export type FoldSource = Pick<EventStore, 'readAll' | 'readStream'>;

type Held<State> = Readonly<{ version: number; state: State }>;

/**
 * The current state of every stream whose id starts with `prefix`, folded with `evolve`: the
 * receivables slice's small read models (contracts by customer, receivables for ageing).
 * Idempotent by position: an event is applied only when it is the next of its stream, so a
 * redelivered or already-folded event changes nothing and a gap is filled by reading the stream.
 *
 * Streams other processes write are found by a pass over the store (`refresh`), at most once per
 * `staleMs` when reads ask for it; streams this slice touches are caught up at once (`catchUp`).
 */
export class StreamFold<State> {
  private readonly held = new Map<string, Held<State>>();
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private refreshing?: Promise<void>;

  constructor(
    private readonly source: FoldSource,
    private readonly prefix: string,
    private readonly initial: () => State,
    private readonly evolve: (state: State, event: EventEnvelope) => State,
    private readonly staleMs = 2_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** One pass over the store (shared by concurrent callers). Safe beside catch-ups. */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const started = this.now();
        for await (const event of this.source.readAll()) this.apply([event]);
        this.refreshedAt = started;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** A pass when the last one is older than `staleMs`. */
  async fresh(): Promise<this> {
    if (this.now() - this.refreshedAt >= this.staleMs) await this.refresh();
    return this;
  }

  apply(events: readonly EventEnvelope[]): boolean {
    for (const event of events) {
      if (!event.streamId.startsWith(this.prefix)) continue;
      const current = this.held.get(event.streamId) ?? { version: 0, state: this.initial() };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) return false;
      this.held.set(event.streamId, { version: event.version, state: this.evolve(current.state, event) });
    }
    return true;
  }

  async catchUp(streamId: string): Promise<State> {
    this.apply((await this.source.readStream(streamId)).events);
    return this.get(streamId);
  }

  get(streamId: string): State {
    return this.held.get(streamId)?.state ?? this.initial();
  }

  entries(): [string, State][] {
    return [...this.held.entries()].map(([streamId, { state }]) => [streamId, state]);
  }
}
