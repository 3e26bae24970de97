import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import type { Decider, DomainEvent } from '@sales/shared/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';

/** The store reads a folded index needs: a pass to rebuild, and one stream to catch up. */
export type FoldSource = Pick<EventStore, 'readAll' | 'readStream'>;

type Held<State> = Readonly<{ version: number; state: State }>;

/**
 * The current state of every appraisal stream whose id starts with `prefix`, folded with the
 * aggregate's own `evolve` (as customers' field-work lists): the meetings, coaching and summaries
 * lists' read model. Idempotent by position: an event is applied only when it is the next of its
 * stream, so a redelivered or already-folded event changes nothing and a gap is filled by reading
 * the stream. Streams another replica writes are found by a pass at start and every `refreshMs`;
 * this process's own commands are applied at once (`record`).
 */
export class FoldedStreams<State, Evt extends DomainEvent> implements OnApplicationShutdown {
  private readonly held = new Map<string, Held<State>>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly source: FoldSource,
    private readonly prefix: string,
    private readonly decider: Pick<Decider<State, never, Evt>, 'evolve' | 'initialState'>,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.source.readAll()) this.apply([event]);
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
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

  /** One stream's state, read from the store (so what another replica wrote shows). */
  async current(streamId: string): Promise<State> {
    await this.catchUp(streamId);
    return this.held.get(streamId)?.state ?? this.decider.initialState();
  }
}

/** An index as a provider: rebuilt from appraisal's store before the app answers, then refreshed. */
export function foldedStreamsProvider<State, Evt extends DomainEvent>(
  token: symbol,
  prefix: string,
  decider: Pick<Decider<State, never, Evt>, 'evolve' | 'initialState'>,
): Provider {
  return {
    provide: token,
    inject: [contextRuntimeToken('appraisal')],
    useFactory: async (runtime: ContextRuntime) => {
      const index = new FoldedStreams(runtime.store, prefix, decider);
      await index.rebuild();
      index.startRefreshing();
      return index;
    },
  };
}
