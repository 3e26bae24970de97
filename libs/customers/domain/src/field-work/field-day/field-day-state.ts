import type { DayOutReason } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
import type { CheckedIn, FieldDayEvent, VisitLogged } from './field-day-events';

export const FIELD_DAY_STREAM_PREFIX = 'field-day-';

/**
 * One salesperson's field day, `field-day-<personId>-<date>`: that day's visits, check-ins and
 * whether it is a day out. The aggregate boundary is the person-day because every rule of C3/C4
 * that must hold atomically is about one person on one day: "a day with an in-person visit counts
 * as out", "each day out needs N check-ins", "a visit belongs to its business date". It keeps the
 * streams short (a few events a day) and never contended by two people; the lists across days and
 * people are read models.
 */
export function fieldDayStreamId(personId: string, date: BusinessDate): string {
  return `${FIELD_DAY_STREAM_PREFIX}${personId}-${date}`;
}

export type FieldDay = Readonly<{
  personId: string | null;
  date: BusinessDate | null;
  divisionId: string | null;
  /** Why the day is a day out, or null while it is not. */
  out: DayOutReason | null;
  visits: readonly VisitLogged['data'][];
  checkIns: readonly CheckedIn['data'][];
}>;

export const initialFieldDay = (): FieldDay => ({
  personId: null,
  date: null,
  divisionId: null,
  out: null,
  visits: [],
  checkIns: [],
});

export function evolveFieldDay(day: FieldDay, event: FieldDayEvent): FieldDay {
  const { personId, divisionId, date } = event.data;
  const base = { ...day, personId, divisionId, date };
  switch (event.type) {
    case 'VisitLogged':
      return { ...base, visits: [...day.visits, event.data] };
    case 'DayMarkedOut':
      return { ...base, out: day.out ?? event.data.reason };
    case 'CheckedIn':
      return { ...base, checkIns: [...day.checkIns, event.data] };
  }
}
