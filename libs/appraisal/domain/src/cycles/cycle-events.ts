import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { Appraisal } from '../schemes/appraisal';
import type { CyclePeriod } from './cycle-period';
import type { CycleSnapshot } from './cycle-snapshot';
import type { CycleSubject, CycleSubjectRole } from './cycle-subjects';

/*
 * The appraisal cycle's internal events (stream `appraisal-cycle-<cycleId>`). The qualitative
 * evaluations, reasons and payouts stay here: what is published (`@sales/appraisal/events`) says
 * which step a cycle reached and each subject's grade and ladder step, never money.
 */

/** The scheme version a cycle appraises under, fixed when it opens (考核办法 in force that day). */
export type CycleScheme = Readonly<{
  schemeId: string;
  version: number;
  name: string;
  appliesTo: CycleSubjectRole;
}>;

export type CycleOpened = DomainEvent<
  'CycleOpened',
  Readonly<{
    cycleId: string;
    period: CyclePeriod;
    scheme: CycleScheme;
    currency: string;
    subjects: readonly CycleSubject[];
    openedBy: string;
    openedAt: string;
  }>
>;

export type CycleClosed = DomainEvent<
  'CycleClosed',
  Readonly<{ cycleId: string; closedBy: string; closedAt: string; asOf: BusinessDate }>
>;

export type CycleSnapshotRecorded = DomainEvent<
  'CycleSnapshotRecorded',
  Readonly<{ cycleId: string; snapshot: CycleSnapshot }>
>;

/** 定性评价: the manager's score and what the sales meeting found (causes of misses, measures). */
export type QualitativeEvaluation = Readonly<{
  score: number;
  causes: string;
  measures: string;
  evaluatedBy: string;
  evaluatedAt: string;
}>;

export type QualitativeEvaluationRecorded = DomainEvent<
  'QualitativeEvaluationRecorded',
  Readonly<{ cycleId: string; subjectKey: string; evaluation: QualitativeEvaluation }>
>;

export type CycleSubmittedForApproval = DomainEvent<
  'CycleSubmittedForApproval',
  Readonly<{ cycleId: string; submittedBy: string; submittedAt: string; approverId: string }>
>;

export type CycleApproved = DomainEvent<
  'CycleApproved',
  Readonly<{ cycleId: string; approvedBy: string; approvedAt: string; selfApproval: boolean }>
>;

export type CycleRejected = DomainEvent<
  'CycleRejected',
  Readonly<{ cycleId: string; rejectedBy: string; rejectedAt: string; reason: string }>
>;

/** One subject's published result: the appraisal and what it was computed from. */
export type CycleResult = Readonly<{
  subjectKey: string;
  qualitativeScore: number;
  previousConsecutiveMisses: number;
  appraisal: Appraisal;
}>;

export type CycleResultsPublished = DomainEvent<
  'CycleResultsPublished',
  Readonly<{ cycleId: string; publishedBy: string; publishedAt: string; results: readonly CycleResult[] }>
>;

export type AppealFiled = DomainEvent<
  'AppealFiled',
  Readonly<{ cycleId: string; subjectKey: string; filedBy: string; filedAt: string; reason: string }>
>;

/** 申诉复核: upheld (the result stands) or amended (a new qualitative score, the result recomputed). */
export type AppealDecision = 'upheld' | 'amended';

export type AppealDecided = DomainEvent<
  'AppealDecided',
  Readonly<{
    cycleId: string;
    subjectKey: string;
    decidedBy: string;
    decidedAt: string;
    decision: AppealDecision;
    reason: string;
    /** The result after the decision (the same as before when upheld). */
    result: CycleResult;
  }>
>;

export type CycleEvent =
  | CycleOpened
  | CycleClosed
  | CycleSnapshotRecorded
  | QualitativeEvaluationRecorded
  | CycleSubmittedForApproval
  | CycleApproved
  | CycleRejected
  | CycleResultsPublished
  | AppealFiled
  | AppealDecided;
