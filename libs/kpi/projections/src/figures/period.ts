import type { BusinessDate } from '@sales/shared/domain';

/** 月 / 季 / 年: the periods KPIs are asked for (business dates, both ends included). */
export type PeriodKind = 'month' | 'quarter' | 'year';

export type Period = Readonly<{
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1 for the year. */
  index: number;
  from: BusinessDate;
  to: BusinessDate;
  /** 2027-03, 2027-Q1, 2027. */
  label: string;
}>;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): BusinessDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    year,
    index: month,
    from: `${year}-${pad(month)}-01`,
    to: lastDayOf(year, month),
    label: `${year}-${pad(month)}`,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    year,
    index: quarter,
    from: `${year}-${pad(first)}-01`,
    to: lastDayOf(year, first + 2),
    label: `${year}-Q${quarter}`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year, index: 1, from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
}

/** The years a period may fall in: those a work calendar can be kept for (1900–9999). */
export const PERIOD_YEARS = { min: 1900, max: 9999 } as const;

/**
 * A period from its label as the API takes it: `2027`, `2027-Q1` or `2027-03`; undefined for
 * anything else, a year before 1900 included (`0609` is no year anyone's sales ran in), and the
 * API answers 400 naming the parameter.
 */
export function parsePeriod(label: string): Period | undefined {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(label);
  const year = Number(match?.[1]);
  if (!match || year < PERIOD_YEARS.min) return undefined;
  if (match[2]) return quarterPeriod(year, Number(match[2]));
  if (match[3]) return monthPeriod(year, Number(match[3]));
  return yearPeriod(year);
}

export function inPeriod(date: BusinessDate, period: Pick<Period, 'from' | 'to'>): boolean {
  return date >= period.from && date <= period.to;
}
