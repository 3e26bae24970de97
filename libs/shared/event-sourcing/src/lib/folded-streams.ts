import type { Decider, DomainEvent } from '@sales/shared/domain';
import type { EventEnvelope } from './event-envelope';
import type { EventStore } from './event-store.port';

/** The store reads a folded index needs: a pass to rebuild, and one stream to catch up. */
export type FoldSource = Pick<EventStore, 'readAll' | 'readStream'>;

type Held<State> = Readonly<{ version: number; state: State }>;

/**
 * The current state of every stream whose id starts with `prefix`, folded with the aggregate's
 * own `evolve`: a context's list read models (customers' field days and expenses, appraisal's
 * meetings, coaching files and summaries). Idempotent by position:
 * an event is applied only when it is the next of its stream, so a redelivered or already-folded
 * event changes nothing and a gap is filled by reading the stream.
 *
 * Streams another replica writes are found by a pass over the store at start and every
 * `refreshMs` (`startRefreshing`); this process's own commands are applied at once (`record`).
 */
export class FoldedStreams<State, Evt extends DomainEvent> {
  private readonly held = new Map<string, Held<State>>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly source: FoldSource,
    private readonly prefix: string,
    private readonly decider: Pick<Decider<State, never, Evt>, 'evolve' | 'initialState'>,
    private readonly refreshMs = 30_000,
  ) {}

  /** One pass over the store. Safe beside commands: what they applied is skipped. */
  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) this.apply([event]);
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Nest's shutdown hook, for an index provided as it is (`useFactory`). */
  onApplicationShutdown(): void {
    this.stop();
  }

  /** Folds the events (of this index's streams) that follow what is held; false at the first gap. */
  apply(events: readonly EventEnvelope[]): boolean {
    for (const event of events) {
      if (!event.streamId.startsWith(this.prefix)) continue;
      const current = this.held.get(event.streamId) ?? { version: 0, state: this.decider.initialState() };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) return false;
      const domainEvent = { type: event.type, data: event.data } as Evt;
      this.held.set(event.streamId, {
        version: event.version,
        state: this.decider.evolve(current.state, domainEvent),
      });
    }
    return true;
  }

  /** A command's events; when they do not follow what is held, the stream is read. */
  async record(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.apply(events)) await this.catchUp(streamId);
  }

  async catchUp(streamId: string): Promise<void> {
    this.apply((await this.source.readStream(streamId)).events);
  }

  /** Every state held, as last folded. */
  states(): State[] {
    return [...this.held.values()].map(({ state }) => state);
  }

  /** One stream's state, read from the store first (so what another replica wrote shows). */
  async current(streamId: string): Promise<State> {
    await this.catchUp(streamId);
    return this.held.get(streamId)?.state ?? this.decider.initialState();
  }

  /** The held stream's version (0: unknown here). */
  versionOf(streamId: string): number {
    return this.held.get(streamId)?.version ?? 0;
  }
}
