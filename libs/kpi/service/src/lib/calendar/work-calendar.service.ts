import { Inject, Injectable } from '@nestjs/common';
import {
  CALENDAR_SEEDS,
  type CalendarDay,
  type CalendarSource,
  type WorkCalendarEvent,
  workCalendarDecider,
  workCalendarStreamId,
  workingDays,
} from '@sales/kpi/domain';
import { type Actor, type Clock, NotFoundError, fold } from '@sales/shared/domain';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { KpiOrg } from '../org/kpi-org';
import { calendarKeeperOf } from './calendar-keeper';
import { WorkCalendarsReader } from './work-calendars.reader';

/** A year's arrangement as the sales admin or the VP sets it (the year is the route's). */
export type WorkCalendarTerms = Readonly<{
  holidays: readonly CalendarDay[];
  makeUpWorkdays: readonly CalendarDay[];
  source: CalendarSource;
}>;

/** What GET /kpi/calendar/:year answers: the set arrangement, else the shipped seed (version 0). */
export type WorkCalendarView = WorkCalendarTerms &
  Readonly<{
    year: number;
    /** Version of the set arrangement; 0 for a shipped seed. */
    version: number;
    /** true when nobody set the year and the shipped seed is in force (its source says official or sample). */
    seeded: boolean;
    setBy: string | null;
    /** Recorded time of the version in force (ISO-8601); null for a seed. */
    setAt: string | null;
    /** Working days of the year under this arrangement. */
    workingDays: number;
  }>;

/**
 * 工作日历 (P4): the work calendar aggregate, one `work-calendar-<year>` stream per year in the kpi
 * context's own store. Reads go to the stream (a setting made through another replica is seen at
 * once); the figures read the calendars through `WorkCalendarsReader`, told of each setting here.
 */
@Injectable()
export class WorkCalendarService {
  constructor(
    @InjectContext('kpi') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: KpiOrg,
    private readonly calendars: WorkCalendarsReader,
  ) {}

  async view(year: number): Promise<WorkCalendarView> {
    const { events } = await this.runtime.store.readStream(workCalendarStreamId(year));
    const state = fold(
      workCalendarDecider,
      events.map(({ type, data }) => ({ type, data }) as WorkCalendarEvent),
    );
    if (state.arrangement && state.source) {
      const { holidays, makeUpWorkdays } = state.arrangement;
      return {
        year,
        holidays,
        makeUpWorkdays,
        source: state.source,
        version: state.version,
        seeded: false,
        setBy: (events.at(-1)?.data as WorkCalendarEvent['data']).setBy,
        setAt: events.at(-1)?.time ?? null,
        workingDays: workingDaysOf(year, { holidays, makeUpWorkdays }),
      };
    }
    const seed = CALENDAR_SEEDS.find((candidate) => candidate.year === year);
    if (!seed) throw new NotFoundError('work-calendar-not-found', { year });
    const { holidays, makeUpWorkdays, source } = seed;
    return {
      year,
      holidays,
      makeUpWorkdays,
      source,
      version: 0,
      seeded: true,
      setBy: null,
      setAt: null,
      workingDays: workingDaysOf(year, seed),
    };
  }

  async set(year: number, terms: WorkCalendarTerms, actor: Actor): Promise<CommandOutcome> {
    const by = await calendarKeeperOf(actor, this.org);
    const result = await this.runtime.commands.execute(
      workCalendarDecider,
      workCalendarStreamId(year),
      { type: 'SetWorkCalendar', data: { year, ...terms, by, today: this.clock.today() } },
      actor,
    );
    this.calendars.record(result.events);
    return commandOutcome(result);
  }
}

function workingDaysOf(year: number, days: Omit<WorkCalendarTerms, 'source'>): number {
  const arrangement = { year, ...days };
  return workingDays(`${year}-01-01`, `${year}-12-31`, new Map([[year, arrangement]])).count;
}
