import type { KpiFigureId, KpiFigureUnit } from '@sales/kpi/events';
import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/** The appraised period, by business date (a month, quarter or year as the KPI API names it). */
export type ClosedPeriod = Readonly<{
  kind: 'month' | 'quarter' | 'year';
  label: string;
  from: BusinessDate;
  to: BusinessDate;
}>;

/** One figure as frozen (value as a decimal or integer string; null with a reason where none). */
export type FrozenFigure = Readonly<{
  figureId: KpiFigureId;
  unit: KpiFigureUnit;
  value: string | null;
  display: string;
  reason: string | null;
}>;

/** A target's realistic and stretch amounts in 分 (null: none set). */
export type TargetPair = Readonly<{ realisticMinor: number | null; stretchMinor: number | null }>;

/** The money of the period a commission table is measured on, in 分. */
export type PeriodAmounts = Readonly<{
  signedMinor: number;
  grossMarginMinor: number;
  collectedMinor: number;
  targets: Readonly<{ sales: TargetPair; grossMargin: TargetPair; collections: TargetPair }>;
}>;

export type FrozenSubject = Readonly<{
  kind: 'person' | 'division';
  id: string;
  name: string;
  figures: readonly FrozenFigure[];
  amounts: PeriodAmounts;
  explain: string;
}>;

/** What a close freezes: the request it answers, the cut-off, and every subject's figures. */
export type PeriodCloseRecord = Readonly<{
  requestId: string;
  requestedBy: Readonly<{ context: string; eventId: string }>;
  period: ClosedPeriod;
  asOf: BusinessDate;
  /** ISO instant: facts recorded before it count. */
  recordedBefore: string;
  readModelVersion: number;
  currency: string;
  subjects: readonly FrozenSubject[];
  /** ISO instant the KPI service computed the figures (internal: how far the close lagged the cut-off). */
  computedAt: string;
}>;

/** 考核期指标已冻结: the figures of a period, as answered to one request, for good. */
export type PeriodClosed = DomainEvent<'PeriodClosed', PeriodCloseRecord>;

export type PeriodCloseEvent = PeriodClosed;
