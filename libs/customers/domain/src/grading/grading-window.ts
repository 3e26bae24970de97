import type { BusinessDate } from '@sales/shared/domain';

/**
 * The trailing window a grade is computed over on `end`: the payments received in
 * (end − months, end], written as its first and last days, both included. A payment received on
 * 2026-03-10 counts in a 12-month window through 2027-03-09 and no longer on 2027-03-10.
 */
export type GradingWindow = Readonly<{ start: BusinessDate; end: BusinessDate }>;

const DAY_MS = 86_400_000;

export function gradingWindow(end: BusinessDate, months: number): GradingWindow {
  const [year, month, day] = end.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) - months;
  const boundYear = Math.floor(monthIndex / 12);
  const boundMonth = monthIndex - boundYear * 12;
  // 31 March − 1 month is 28 (or 29) February: the day is clamped to the month's last day.
  const lastDay = new Date(Date.UTC(boundYear, boundMonth + 1, 0)).getUTCDate();
  const excludedBound = Date.UTC(boundYear, boundMonth, Math.min(day, lastDay));
  return { start: new Date(excludedBound + DAY_MS).toISOString().slice(0, 10), end };
}

export function isInWindow(date: BusinessDate, window: GradingWindow): boolean {
  return date >= window.start && date <= window.end;
}

/** The later of two business dates (ISO dates compare as text); null counts as none. */
export function laterDate(a: BusinessDate, b: BusinessDate | null): BusinessDate {
  return b !== null && b > a ? b : a;
}
