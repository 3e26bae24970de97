import type { BusinessDate } from '@sales/shared/domain';

/*
 * Calendar arithmetic on business dates (`YYYY-MM-DD`, already in the company's zone): whole
 * days, no time of day, so UTC midnight stands for the date and no zone offset can shift it.
 */

const DAY_MS = 86_400_000;
const atUtcMidnight = (date: BusinessDate) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number): BusinessDate => new Date(ms).toISOString().slice(0, 10);

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  return dateOf(atUtcMidnight(date) + days * DAY_MS);
}

/** `date` moved by whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return dateOf(first.getTime());
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((atUtcMidnight(to) - atUtcMidnight(from)) / DAY_MS);
}

/** The later of two dates, a missing one ignored. */
export function laterOf(a: BusinessDate, b: BusinessDate | null): BusinessDate {
  return b !== null && b > a ? b : a;
}
