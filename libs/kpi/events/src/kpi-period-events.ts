import type { PublishedEvent } from '@sales/shared/domain';
import type { KpiFigureId, KpiFigureUnit } from './kpi-figure-ids';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/** Every unit a frozen figure can have (the schema's enum). */
export const KPI_FIGURE_UNITS = [
  'rate',
  'per-working-day',
  'count',
  'count-by-grade',
  'share',
  'money',
] as const satisfies readonly KpiFigureUnit[];

/** 月 / 季 / 年, as the KPI API names them (`2027-03`, `2027-Q1`, `2027`), both ends included. */
export type KpiPeriodV1 = Readonly<{
  kind: 'month' | 'quarter' | 'year';
  label: string;
  from: BusinessDate;
  to: BusinessDate;
}>;

/**
 * One figure as frozen: `value` as one number an appraisal can score — a rate as a decimal
 * fraction ("0.833333"), a per-working-day average as a decimal, a count as an integer, money in
 * 分 — all as strings; null for the distributions (P5.byGrade, P6) and wherever the figure could
 * not be computed (then `reason` says why).
 */
export type FrozenFigureV1 = Readonly<{
  figureId: KpiFigureId;
  unit: KpiFigureUnit;
  value: string | null;
  /** As people read it: "83.3%", "1,000.00 元". */
  display: string;
  reason: string | null;
}>;

/** A target of the period, realistic (现实目标) and stretch (理想目标), in 分; null where none was set. */
export type PeriodTargetV1 = Readonly<{ realisticMinor: number | null; stretchMinor: number | null }>;

/** The money a commission table is measured on, in 分 (currency beside them in the event). */
export type PeriodAmountsV1 = Readonly<{
  /** 签约额 of the period, terminations deducted (P1's numerator; may be negative). */
  signedMinor: number;
  /** 毛利 of the period (P2's numerator; may be negative). */
  grossMarginMinor: number;
  /** 回款: payments received in the period (P3's and the collections attainment's numerator). */
  collectedMinor: number;
  targets: Readonly<{
    sales: PeriodTargetV1;
    grossMargin: PeriodTargetV1;
    collections: PeriodTargetV1;
  }>;
}>;

/** One appraised person's or division's frozen figures. */
export type PeriodSubjectV1 = Readonly<{
  kind: 'person' | 'division';
  id: string;
  /** The name people know them by, as the KPI service knew it at the close. */
  name: string;
  /** Every figure of KPI_FIGURE_IDS, in that order. */
  figures: readonly FrozenFigureV1[];
  amounts: PeriodAmountsV1;
  /** The KPI API's explain route for the subject, period and as-of date (add `&figure=<id>`). */
  explain: string;
}>;

/**
 * 考核期指标冻结 (A2): the KPI service's answer to another context's request to close a period
 * (appraisal's `CycleClosed`), published once per request: each subject's figures as the read
 * model had them for facts recorded before `recordedBefore`. A snapshot that never changes; a
 * second request with the same id gets no second answer.
 */
export type KpiPeriodClosedV1 = PublishedEvent<
  'KpiPeriodClosed',
  Readonly<{
    /** The request it answers (appraisal: the cycle id). */
    requestId: string;
    requestedBy: Readonly<{ context: string; eventId: string }>;
    period: KpiPeriodV1;
    /** The business date of the close: periods and overdue items are judged on it. */
    asOf: BusinessDate;
    /** ISO instant: facts recorded before it count, later ones do not. */
    recordedBefore: string;
    /** The KPI read-model version the figures were computed from. */
    readModelVersion: number;
    currency: string;
    subjects: readonly PeriodSubjectV1[];
  }>
>;

export type KpiPeriodPublishedEvent = KpiPeriodClosedV1;
