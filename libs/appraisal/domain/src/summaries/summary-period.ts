import type { BusinessDate } from '@sales/shared/domain';

/** 书面总结's rhythm (A5): weekly or monthly, as the VP or the 市场部主管 set it; monthly by default. */
export const SUMMARY_CADENCES = ['weekly', 'monthly'] as const;
export type SummaryCadence = (typeof SUMMARY_CADENCES)[number];
export const DEFAULT_SUMMARY_CADENCE: SummaryCadence = 'monthly';

/**
 * Days after a period's last day by which its summary is due: written once the period is over,
 * with a few days to gather the figures and think (a summary is handed in, not filled in live).
 */
export const SUMMARY_GRACE_DAYS = 3;

/** One summary period: `2027-03` (a month) or `2027-W09` (an ISO week, Monday to Sunday). */
export type SummaryPeriod = Readonly<{
  cadence: SummaryCadence;
  label: string;
  from: BusinessDate;
  to: BusinessDate;
  dueOn: BusinessDate;
}>;

const DAY_MS = 86_400_000;
const utc = (date: BusinessDate) => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const dateOf = (ms: number): BusinessDate => new Date(ms).toISOString().slice(0, 10);
export const addDays = (date: BusinessDate, days: number): BusinessDate => dateOf(utc(date) + days * DAY_MS);

/** Monday 0 … Sunday 6. */
const weekday = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

/** The ISO-8601 week-numbering year and week of a date (the week of its Thursday). */
function isoWeekOf(date: BusinessDate): { year: number; week: number } {
  const day = utc(date);
  const thursday = day + (3 - weekday(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) };
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - weekday(jan4) * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function period(cadence: SummaryCadence, label: string, from: BusinessDate, to: BusinessDate): SummaryPeriod {
  return { cadence, label, from, to, dueOn: addDays(to, SUMMARY_GRACE_DAYS) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a label names, or undefined when it names none (`2027-13`, `2027-W54`, `March`). */
export function summaryPeriod(label: string): SummaryPeriod | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (year < 2000 || year > 2100 || m < 1 || m > 12) return undefined;
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return period('monthly', label, `${month[1]}-${month[2]}-01`, `${month[1]}-${month[2]}-${pad(last)}`);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) {
    const [year, w] = [Number(week[1]), Number(week[2])];
    if (year < 2000 || year > 2100 || w < 1) return undefined;
    const monday = isoWeekMonday(year, w);
    if (isoWeekOf(dateOf(monday)).year !== year) return undefined;
    return period('weekly', label, dateOf(monday), dateOf(monday + 6 * DAY_MS));
  }
  return undefined;
}

/** The period of `cadence` that `date` falls in. */
export function periodContaining(cadence: SummaryCadence, date: BusinessDate): SummaryPeriod {
  if (cadence === 'monthly') return summaryPeriod(date.slice(0, 7)) as SummaryPeriod;
  const { year, week } = isoWeekOf(date);
  return summaryPeriod(`${year}-W${pad(week)}`) as SummaryPeriod;
}

/**
 * The latest period of `cadence` whose summary was due before `today` (its due date passed): the
 * one the daily round checks for missing summaries.
 */
export function lastPeriodPastDue(cadence: SummaryCadence, today: BusinessDate): SummaryPeriod {
  let candidate = periodContaining(cadence, today);
  while (candidate.dueOn >= today) candidate = periodContaining(cadence, addDays(candidate.from, -1));
  return candidate;
}
