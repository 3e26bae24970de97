import { daysIn } from '@sales/kpi/domain';
import type { BusinessDate } from '@sales/shared/domain';
import type { Period } from './period';
import { decimalQuotient, rate, type RateOrNull } from './rate';

export const P8_RANKING_FORMULA = {
  zh: '排名：按所选指标的达成率从高到低排列，达成率相同名次相同（如 1、1、3），无目标（无达成率）者排在最后且不计名次',
  en: 'ranking: by the chosen figure’s rate, highest first; equal rates share a place (1, 1, 3); those without a rate (no target) come last, unranked',
} as const;

export const P8_LAGGING_FORMULA = {
  zh: '拖后腿名单：截至当日的进度目标 = 期间目标 × 已过天数 ÷ 期间天数（自然日，含当日，四舍五入到分）；完成额低于进度目标者列入，差额 = 进度目标 − 完成额，按差额从大到小排列',
  en: 'lagging list: the target pro-rated to the date = the period’s target × days gone ÷ days in the period (calendar days, the date included, rounded half-up to the fen); whoever achieved less is listed, shortfall = pro-rated target − achieved, largest first',
} as const;

/** One row to rank: whose, what they achieved, their target (null: none), and the rate. */
export type RankRow = Readonly<{
  subjectId: string;
  achieved: number;
  target: number | null;
  rate: RateOrNull;
}>;

export type Ranked = RankRow & Readonly<{ place: number | null }>;

/** P8: places by rate, ties sharing a place (competition ranking), rows without a rate last. */
export function rank(rows: readonly RankRow[]): Ranked[] {
  const numeric = (row: RankRow) => (row.rate.value === null ? null : Number(row.rate.value));
  const sorted = [...rows].sort((a, b) => {
    const x = numeric(a);
    const y = numeric(b);
    if (x === null || y === null)
      return x === null ? (y === null ? a.subjectId.localeCompare(b.subjectId) : 1) : -1;
    // Compare exactly: a/b vs c/d as a·d vs c·b on integers.
    const left = BigInt(a.achieved) * BigInt(b.target ?? 1);
    const right = BigInt(b.achieved) * BigInt(a.target ?? 1);
    return left === right ? a.subjectId.localeCompare(b.subjectId) : left > right ? -1 : 1;
  });
  let place = 0;
  return sorted.map((row, i) => {
    if (numeric(row) === null) return { ...row, place: null };
    const previous = sorted[i - 1];
    const tied =
      previous &&
      numeric(previous) !== null &&
      BigInt(previous.achieved) * BigInt(row.target ?? 1) ===
        BigInt(row.achieved) * BigInt(previous.target ?? 1);
    place = tied ? place : i + 1;
    return { ...row, place };
  });
}

export type Lagging = Readonly<{
  subjectId: string;
  achieved: number;
  proratedTarget: number;
  shortfall: number;
  /** achieved ÷ pro-rated target. */
  pace: RateOrNull;
}>;

/** The target pro-rated to `date` (calendar days of the period gone, the date included). */
export function proratedTarget(target: number, period: Period, date: BusinessDate): number {
  const total = daysIn(period.from, period.to);
  const gone = Math.min(total, daysIn(period.from, date < period.to ? date : period.to));
  return Number(decimalQuotient(target * gone, total, 0));
}

/** P8 拖后腿: who is behind the target pro-rated to `date`, and by how much, largest shortfall first. */
export function laggingList(rows: readonly RankRow[], period: Period, date: BusinessDate): Lagging[] {
  return rows
    .filter((row): row is RankRow & { target: number } => row.target !== null && row.target > 0)
    .map((row) => {
      const prorated = proratedTarget(row.target, period, date);
      return {
        subjectId: row.subjectId,
        achieved: row.achieved,
        proratedTarget: prorated,
        shortfall: prorated - row.achieved,
        pace: rate(row.achieved, prorated, 'the period has not started'),
      };
    })
    .filter((row) => row.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall || a.subjectId.localeCompare(b.subjectId));
}
