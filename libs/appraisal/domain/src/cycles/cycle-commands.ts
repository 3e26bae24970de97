import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { SchemeVersion } from '../schemes/scheme-version';
import type { AppealDecision } from './cycle-events';
import type { CycleOrgView } from './cycle-org';
import type { CycleKind } from './cycle-period';
import type { CycleSnapshot } from './cycle-snapshot';
import type { CycleSubject } from './cycle-subjects';

/** A cycle is one stream: `appraisal-cycle-<cycleId>`. */
export const CYCLE_STREAM_PREFIX = 'appraisal-cycle-';
export const cycleStreamId = (cycleId: string) => `${CYCLE_STREAM_PREFIX}${cycleId}`;

/** When and by whom, and the tree as of today (who may do what). */
type Acting = Readonly<{ actor: Actor; now: string; today: BusinessDate; org: CycleOrgView }>;

/**
 * 开启考核周期 (VP or 市场部主管): the scheme version in force today and the subjects as of the
 * period's end, both found by the service.
 */
export type OpenCycle = Command<
  'OpenCycle',
  Acting &
    Readonly<{
      cycleId: string;
      kind: CycleKind;
      label: string;
      scheme: SchemeVersion;
      subjects: readonly CycleSubject[];
    }>
>;

/** 关账冻结: asks the KPI service for the period's figures (CycleClosed), frozen when they come. */
export type CloseCycle = Command<'CloseCycle', Acting>;

/** The KPI service's answer to the close (a policy runs it as the system). */
export type RecordSnapshot = Command<'RecordSnapshot', Readonly<{ snapshot: CycleSnapshot }>>;

export type EvaluateQualitative = Command<
  'EvaluateQualitative',
  Acting & Readonly<{ subjectKey: string; score: number; causes: string; measures: string }>
>;

export type SubmitCycleForApproval = Command<'SubmitCycleForApproval', Acting>;
export type ApproveCycle = Command<'ApproveCycle', Acting>;
export type RejectCycle = Command<'RejectCycle', Acting & Readonly<{ reason: string }>>;

/**
 * 公布结果: computed with the cycle's own scheme version (the service loads it) and, per subject,
 * the consecutive misses of their earlier published results (by subject key; none: 0).
 */
export type PublishResults = Command<
  'PublishResults',
  Acting & Readonly<{ scheme: SchemeVersion; previousConsecutiveMisses: Readonly<Record<string, number>> }>
>;

export type FileAppeal = Command<'FileAppeal', Acting & Readonly<{ subjectKey: string; reason: string }>>;

/** 申诉复核 by the VP: upheld, or amended with a new qualitative score (recomputed under the same scheme). */
export type DecideAppeal = Command<
  'DecideAppeal',
  Acting &
    Readonly<{
      subjectKey: string;
      decision: AppealDecision;
      qualitativeScore: number | null;
      reason: string;
      scheme: SchemeVersion;
    }>
>;

export type CycleCommand =
  | OpenCycle
  | CloseCycle
  | RecordSnapshot
  | EvaluateQualitative
  | SubmitCycleForApproval
  | ApproveCycle
  | RejectCycle
  | PublishResults
  | FileAppeal
  | DecideAppeal;
