import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * A2 考核周期's PUBLISHED events (`sales.appraisal.events`, key: the cycle's stream id). What a
 * cycle shows the outside: its steps (opened, closed — the KPI service answers it with
 * `kpi.KpiPeriodClosed`, submitted, approved), one result per subject (grade and ladder step,
 * NEVER money: payouts and penalties stay inside appraisal, read by API with scope) and appeals.
 * Internal only: the snapshot, the qualitative evaluations, rejections and all reasons.
 */

export type CyclePeriodV1 = Readonly<{
  kind: 'month' | 'quarter' | 'year';
  /** 2027-03, 2027-Q1, 2027 (as the KPI API reads periods). */
  label: string;
  from: BusinessDate;
  to: BusinessDate;
}>;

/** A person (a salesperson, on their own figures) or a division (its manager, on the division's). */
export type CycleSubjectV1 = Readonly<{ kind: 'person' | 'division'; id: string }>;

export type CycleLadderStepV1 = 'none' | 'help' | 'penalty' | 'elimination-warning';

export type CycleOpenedV1 = PublishedEvent<
  'CycleOpened',
  Readonly<{
    cycleId: string;
    schemeId: string;
    schemeVersion: number;
    period: CyclePeriodV1;
    subjects: readonly CycleSubjectV1[];
    openedBy: string;
    currency: string;
  }>
>;

/** 关账: the KPI service freezes the period's figures of these subjects, recorded before `closedAt`. */
export type CycleClosedV1 = PublishedEvent<
  'CycleClosed',
  Readonly<{
    cycleId: string;
    schemeId: string;
    schemeVersion: number;
    period: CyclePeriodV1;
    closedAt: string;
    asOf: BusinessDate;
    subjects: readonly CycleSubjectV1[];
    currency: string;
  }>
>;

export type CycleSubmittedForApprovalV1 = PublishedEvent<
  'CycleSubmittedForApproval',
  Readonly<{ cycleId: string; period: CyclePeriodV1; submittedBy: string; approverId: string }>
>;

export type CycleApprovedV1 = PublishedEvent<
  'CycleApproved',
  Readonly<{ cycleId: string; period: CyclePeriodV1; approvedBy: string; selfApproval: boolean }>
>;

export type AppraisalResultPublishedV1 = PublishedEvent<
  'AppraisalResultPublished',
  Readonly<{
    cycleId: string;
    subject: CycleSubjectV1;
    period: CyclePeriodV1;
    grade: string;
    ladderStep: CycleLadderStepV1;
    consecutiveMisses: number;
  }>
>;

export type AppealFiledV1 = PublishedEvent<
  'AppealFiled',
  Readonly<{ cycleId: string; subject: CycleSubjectV1; period: CyclePeriodV1; filedBy: string }>
>;

/** 申诉复核: the result after the VP's decision (unchanged when upheld). */
export type AppealDecidedV1 = PublishedEvent<
  'AppealDecided',
  Readonly<{
    cycleId: string;
    subject: CycleSubjectV1;
    period: CyclePeriodV1;
    decidedBy: string;
    decision: 'upheld' | 'amended';
    grade: string;
    ladderStep: CycleLadderStepV1;
    consecutiveMisses: number;
  }>
>;

export type CyclePublishedEvent =
  | CycleOpenedV1
  | CycleClosedV1
  | CycleSubmittedForApprovalV1
  | CycleApprovedV1
  | AppraisalResultPublishedV1
  | AppealFiledV1
  | AppealDecidedV1;
