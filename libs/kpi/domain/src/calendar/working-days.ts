import type { BusinessDate } from '@sales/shared/domain';

/*
 * 工作日 (P4's denominator). A day is a working day when it is a weekday that is not a public
 * holiday, or a weekend day the year's arrangement makes a working day (调休上班). Dates are
 * business dates (YYYY-MM-DD, the company's zone); weekdays are computed on the date itself, so
 * no time zone enters.
 */

export type CalendarDay = Readonly<{ date: BusinessDate; name: string }>;

/** One year's arrangement: its public holidays and its make-up working days. */
export type YearArrangement = Readonly<{
  year: number;
  holidays: readonly CalendarDay[];
  makeUpWorkdays: readonly CalendarDay[];
}>;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: BusinessDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: BusinessDate): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysIn(from: BusinessDate, to: BusinessDate): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days + 1);
}

/**
 * The working days of a date range under the arrangements of its years. A year without an
 * arrangement counts weekdays only — and the answer says so (`unarranged`), so a figure resting on
 * it can be flagged rather than silently wrong.
 */
export function workingDays(
  from: BusinessDate,
  to: BusinessDate,
  arrangements: ReadonlyMap<number, YearArrangement>,
): Readonly<{ count: number; unarranged: readonly number[] }> {
  const unarranged = new Set<number>();
  let count = 0;
  const holidays = new Set<string>();
  const makeUps = new Set<string>();
  for (const arrangement of arrangements.values()) {
    for (const day of arrangement.holidays) holidays.add(day.date);
    for (const day of arrangement.makeUpWorkdays) makeUps.add(day.date);
  }
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const year = Number(date.slice(0, 4));
    if (!arrangements.has(year)) unarranged.add(year);
    if (makeUps.has(date)) count++;
    else if (!isWeekend(date) && !holidays.has(date)) count++;
  }
  return { count, unarranged: [...unarranged].sort() };
}
