import type { OnApplicationShutdown } from '@nestjs/common';
import {
  CYCLE_STREAM_PREFIX,
  type Cycle,
  type CycleEvent,
  type OpenedCycle,
  cycleDecider,
} from '@sales/appraisal/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';

type Held = Readonly<{ version: number; cycle: Cycle }>;

/**
 * Every cycle as last folded (`appraisal-cycle-*` streams): the list, the earlier results a
 * publication reads its subjects' consecutive misses from. Idempotent by position: an event is
 * applied only when it is the next of its stream, so a redelivered or already-folded event
 * changes nothing and a gap is filled by reading the stream. Cycles another replica of the
 * service writes are found by a pass over the store at start and every `refreshMs`.
 */
export class CycleIndex implements OnApplicationShutdown {
  private readonly held = new Map<string, Held>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: Pick<EventStore, 'readAll' | 'readStream'>,
    private readonly refreshMs = 30_000,
  ) {}

  async rebuild(): Promise<void> {
    for await (const event of this.store.readAll()) this.apply([event]);
  }

  startRefreshing(): void {
    this.timer ??= setInterval(() => void this.rebuild().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** A command's events; when they do not follow what is held, the stream is read. */
  async record(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    if (!this.apply(events)) this.apply((await this.store.readStream(streamId)).events);
  }

  /** Reads one cycle's stream again (before a decision that depends on other cycles). */
  async refresh(streamId: string): Promise<void> {
    this.apply((await this.store.readStream(streamId)).events);
  }

  cycles(): OpenedCycle[] {
    return [...this.held.values()].flatMap(({ cycle }) => (cycle.status === 'none' ? [] : [cycle]));
  }

  private apply(events: readonly EventEnvelope[]): boolean {
    for (const event of events) {
      if (!event.streamId.startsWith(CYCLE_STREAM_PREFIX)) continue;
      const current = this.held.get(event.streamId) ?? { version: 0, cycle: cycleDecider.initialState() };
      if (event.version <= current.version) continue;
      if (event.version !== current.version + 1) return false;
      const domainEvent = { type: event.type, data: event.data } as CycleEvent;
      this.held.set(event.streamId, {
        version: event.version,
        cycle: cycleDecider.evolve(current.cycle, domainEvent),
      });
    }
    return true;
  }
}
