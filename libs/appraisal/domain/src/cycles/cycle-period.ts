import type { BusinessDate } from '@sales/shared/domain';

/** 月度 / 季度 / 年度考核: the periods a cycle appraises. */
export const CYCLE_KINDS = ['month', 'quarter', 'year'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

/**
 * A cycle's period: its kind, its label as the KPI service writes it (`2027-03`, `2027-Q1`,
 * `2027`) and its business dates, both ends included. The same reading as the KPI read models'
 * `parsePeriod`, re-derived here: a domain knows no other context's code, and what the two sides
 * share is the published label.
 */
export type CyclePeriod = Readonly<{ kind: CycleKind; label: string; from: BusinessDate; to: BusinessDate }>;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): BusinessDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The first year a cycle may appraise (as the KPI service's periods: 1900–9999). */
const FIRST_YEAR = 1900;

/** The period a label names, or undefined when the label is not one of `kind` (or before 1900). */
export function cyclePeriod(kind: CycleKind, label: string): CyclePeriod | undefined {
  if (Number(label.slice(0, 4)) < FIRST_YEAR) return undefined;
  if (kind === 'year') {
    const year = /^(\d{4})$/.exec(label);
    return year ? { kind, label, from: `${year[1]}-01-01`, to: `${year[1]}-12-31` } : undefined;
  }
  if (kind === 'quarter') {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
    if (!quarter) return undefined;
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { kind, label, from: `${year}-${pad(first)}-01`, to: lastDayOf(year, first + 2) };
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (!month) return undefined;
  const year = Number(month[1]);
  const m = Number(month[2]);
  return { kind, label, from: `${year}-${pad(m)}-01`, to: lastDayOf(year, m) };
}

export function isCycleKind(value: unknown): value is CycleKind {
  return typeof value === 'string' && (CYCLE_KINDS as readonly string[]).includes(value);
}
