import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  CALENDAR_SEEDS,
  type WorkCalendarSet,
  type YearArrangement,
  workCalendarStreamId,
} from '@sales/kpi/domain';
import type { EventEnvelope, EventStore } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import type { WorkCalendars } from './work-calendars.port';

/** One recorded version of a year's arrangement, with when it was recorded. */
type RecordedVersion = Readonly<{ version: number; recordedAt: number; arrangement: YearArrangement }>;

/**
 * The work calendars (P4) as recorded by an instant: each year's latest `WorkCalendarSet` recorded
 * by then (the kpi store's `work-calendar-<year>` streams), else the shipped seed of that year.
 * Held in memory — a handful of small events — so a figure query reads no store: one pass over the
 * store at start and every `refreshMs` (versions another kpi-api replica recorded), and this
 * process's own settings at once (`record`). Idempotent by stream version.
 */
@Injectable()
export class WorkCalendarsReader implements WorkCalendars, OnModuleInit, OnApplicationShutdown {
  private readonly years = new Map<number, RecordedVersion[]>();
  private readonly store: Pick<EventStore, 'readAll'>;
  private timer?: NodeJS.Timeout;
  refreshMs = 10_000;

  constructor(@InjectContext('kpi') runtime: Pick<ContextRuntime, 'store'>) {
    this.store = runtime.store;
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass over the kpi store; versions already held are skipped. */
  async refresh(): Promise<void> {
    for await (const event of this.store.readAll()) this.record([event]);
  }

  /** Stored envelopes of calendar streams (a command's, or a pass's); anything else is ignored. */
  record(events: readonly EventEnvelope[]): void {
    for (const event of events) {
      if (event.type !== 'WorkCalendarSet') continue;
      const { year, holidays, makeUpWorkdays } = (event as EventEnvelope<WorkCalendarSet['data']>).data;
      if (event.streamId !== workCalendarStreamId(year)) continue;
      const versions = this.years.get(year) ?? [];
      if (versions.some((held) => held.version === event.version)) continue;
      const recorded = {
        version: event.version,
        recordedAt: Date.parse(event.time),
        arrangement: { year, holidays, makeUpWorkdays },
      };
      this.years.set(
        year,
        [...versions, recorded].sort((a, b) => a.version - b.version),
      );
    }
  }

  async arrangementsAsOf(asOf: Date): Promise<ReadonlyMap<number, YearArrangement>> {
    const arrangements = new Map<number, YearArrangement>();
    for (const { year, holidays, makeUpWorkdays } of CALENDAR_SEEDS)
      arrangements.set(year, { year, holidays, makeUpWorkdays });
    for (const [year, versions] of this.years) {
      const known = versions.filter((held) => held.recordedAt <= asOf.getTime()).at(-1);
      if (known) arrangements.set(year, known.arrangement);
    }
    return arrangements;
  }
}
