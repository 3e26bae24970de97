import { kpiPublishedEvent } from '@sales/kpi/events';
import {
  type Aggregate,
  type BusinessDate,
  type Command,
  DomainError,
  type DomainEvent,
  ForbiddenError,
  type PublishedEvent,
  type Role,
} from '@sales/shared/domain';
import { type CalendarDay, isWeekend, type YearArrangement } from './working-days';

/*
 * 工作日历 (P4): one stream per year, `work-calendar-<year>`, set (and reset) as a whole by the
 * sales_admin or the VP. Each setting is a new version; figures for a past period are computed on
 * the version in force when they are asked (the arrangement of a year is published once and
 * corrected rarely, and a correction should correct the figures).
 */

export const CALENDAR_KEEPERS: readonly Role[] = ['sales_admin', 'vp'];

export const workCalendarStreamId = (year: number) => `work-calendar-${year}`;

/** Where an arrangement comes from: an official notice (with its reference), or a labelled sample. */
export type CalendarSource = Readonly<{ kind: 'official' | 'company' | 'sample'; reference: string }>;

export type WorkCalendarState = Readonly<{
  arrangement: YearArrangement | null;
  source: CalendarSource | null;
  version: number;
}>;

export type WorkCalendarSet = DomainEvent<
  'WorkCalendarSet',
  Readonly<{
    year: number;
    version: number;
    holidays: readonly CalendarDay[];
    makeUpWorkdays: readonly CalendarDay[];
    source: CalendarSource;
    setBy: string;
    setOn: BusinessDate;
  }>
>;
export type WorkCalendarEvent = WorkCalendarSet;

export type SetWorkCalendar = Command<
  'SetWorkCalendar',
  Readonly<{
    year: number;
    holidays: readonly CalendarDay[];
    makeUpWorkdays: readonly CalendarDay[];
    source: CalendarSource;
    by: Readonly<{ personId: string; role: Role | null }>;
    today: BusinessDate;
  }>
>;
export type WorkCalendarCommand = SetWorkCalendar;

function check(days: readonly CalendarDay[], field: string, year: number, seen: Set<string>): void {
  days.forEach((day, index) => {
    const at = `${field}[${index}].date`;
    if (Number(day.date.slice(0, 4)) !== year)
      throw new DomainError('calendar-date-outside-year', { field: at, date: day.date, year });
    if (seen.has(day.date)) throw new DomainError('calendar-date-twice', { field: at, date: day.date });
    seen.add(day.date);
    if (!day.name.trim())
      throw new DomainError('calendar-day-name-required', { field: `${field}[${index}].name` });
  });
}

const byDate = (days: readonly CalendarDay[]) =>
  [...days].map((d) => ({ date: d.date, name: d.name.trim() })).sort((a, b) => a.date.localeCompare(b.date));

function decide(command: WorkCalendarCommand, state: WorkCalendarState): WorkCalendarEvent[] {
  const { year, source, by, today } = command.data;
  if (!by.role || !CALENDAR_KEEPERS.includes(by.role))
    throw new ForbiddenError('work-calendar-not-allowed', { role: by.role });
  const seen = new Set<string>();
  check(command.data.holidays, 'holidays', year, seen);
  check(command.data.makeUpWorkdays, 'makeUpWorkdays', year, seen);
  command.data.makeUpWorkdays.forEach((day, index) => {
    if (!isWeekend(day.date))
      throw new DomainError('make-up-day-not-weekend', {
        field: `makeUpWorkdays[${index}].date`,
        date: day.date,
      });
  });
  if (!source.reference.trim())
    throw new DomainError('calendar-source-required', { field: 'source.reference' });
  const holidays = byDate(command.data.holidays);
  const makeUpWorkdays = byDate(command.data.makeUpWorkdays);
  const current = state.arrangement;
  if (
    current &&
    JSON.stringify([current.holidays, current.makeUpWorkdays, state.source]) ===
      JSON.stringify([holidays, makeUpWorkdays, { kind: source.kind, reference: source.reference.trim() }])
  )
    return []; // the same arrangement again: a retried request
  return [
    {
      type: 'WorkCalendarSet',
      data: {
        year,
        version: state.version + 1,
        holidays,
        makeUpWorkdays,
        source: { kind: source.kind, reference: source.reference.trim() },
        setBy: by.personId,
        setOn: today,
      },
    },
  ];
}

function evolve(_state: WorkCalendarState, event: WorkCalendarEvent): WorkCalendarState {
  const { year, holidays, makeUpWorkdays, source, version } = event.data;
  return { arrangement: { year, holidays, makeUpWorkdays }, source, version };
}

export const workCalendarDecider: Aggregate<WorkCalendarState, WorkCalendarCommand, WorkCalendarEvent> = {
  initialState: () => ({ arrangement: null, source: null, version: 0 }),
  evolve,
  decide,
  publish,
};

/** Subscribers learn every version of a year's arrangement whole; when it was set is the envelope's time. */
function publish(event: WorkCalendarEvent): readonly PublishedEvent[] {
  const { year, holidays, makeUpWorkdays, source, version, setBy } = event.data;
  return [kpiPublishedEvent('WorkCalendarSet', { year, holidays, makeUpWorkdays, source, version, setBy })];
}
