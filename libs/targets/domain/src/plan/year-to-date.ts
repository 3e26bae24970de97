import type { LevelTarget } from '@sales/targets/events';

/** 累计目标: year-to-date targets at the end of each quarter and of each month. */
export type YearToDate = Readonly<{ quarters: readonly number[]; months: readonly number[] }>;

const runningTotal = (values: readonly number[]) =>
  values.reduce<number[]>((acc, v) => [...acc, (acc.at(-1) ?? 0) + v], []);

export function yearToDate(target: LevelTarget): YearToDate {
  return { quarters: runningTotal(target.quarters), months: runningTotal(target.months) };
}
