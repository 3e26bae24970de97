import type { BusinessDate } from '@sales/shared/domain';
import type { PeriodAmounts } from '../schemes/appraisal';
import type { CyclePeriod } from './cycle-period';

/** One figure of a subject as the KPI service froze it (`kpi.KpiPeriodClosed.v1` subjects[].figures). */
export type SnapshotFigure = Readonly<{
  figureId: string;
  unit: string;
  /** Exact decimal text (a rate as a fraction, money in 分), null when not computable. */
  value: string | null;
  display: string;
  reason: string | null;
}>;

export type SnapshotSubject = Readonly<{
  kind: 'person' | 'division';
  id: string;
  name: string;
  figures: readonly SnapshotFigure[];
  amounts: PeriodAmounts;
  /** The KPI API's explain reference the figures rest on (`/kpi/figures/explain?…`). */
  explain: string;
}>;

/**
 * A cycle's frozen KPI figures (冻结): what the KPI service answered to the cycle's close, with
 * the event it came in and what it rests on (as of which date, facts recorded before which
 * instant, which read-model version). Never changes once recorded.
 */
export type CycleSnapshot = Readonly<{
  /** The `kpi.KpiPeriodClosed` event's id: the same event delivered again is the same snapshot. */
  eventId: string;
  requestId: string;
  period: CyclePeriod;
  asOf: BusinessDate;
  recordedBefore: string;
  readModelVersion: string;
  currency: string;
  subjects: readonly SnapshotSubject[];
}>;

/** The same figures (whatever event carried them): a re-sent answer is no second snapshot. */
export function sameSnapshotFigures(a: CycleSnapshot, b: CycleSnapshot): boolean {
  const { eventId: _a, ...restA } = a;
  const { eventId: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
