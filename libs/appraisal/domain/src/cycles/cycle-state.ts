import { type IdRecord, emptyIdRecord, withId } from '@sales/shared/domain';
import type {
  CycleEvent,
  CycleResult,
  CycleScheme,
  QualitativeEvaluation,
  AppealDecision,
} from './cycle-events';
import type { CyclePeriod } from './cycle-period';
import type { CycleSnapshot } from './cycle-snapshot';
import type { CycleSubject } from './cycle-subjects';

/**
 * open → closed (figures asked for) → frozen (snapshot recorded; evaluations go on) → submitted
 * → approved (or rejected back to frozen) → published; appeals reopen single results after that.
 */
export type CycleStatus = 'open' | 'closed' | 'frozen' | 'submitted' | 'approved' | 'published';

export type CycleAppeal = Readonly<{
  filedBy: string;
  filedAt: string;
  reason: string;
  decision: Readonly<{
    by: string;
    at: string;
    decision: AppealDecision;
    reason: string;
    before: CycleResult;
  }> | null;
}>;

export type OpenedCycle = Readonly<{
  status: CycleStatus;
  cycleId: string;
  period: CyclePeriod;
  scheme: CycleScheme;
  currency: string;
  subjects: readonly CycleSubject[];
  opened: Readonly<{ by: string; at: string }>;
  closed: Readonly<{ by: string; at: string; asOf: string }> | null;
  snapshot: CycleSnapshot | null;
  evaluations: IdRecord<QualitativeEvaluation>;
  submitted: Readonly<{ by: string; at: string; approverId: string }> | null;
  approved: Readonly<{ by: string; at: string; selfApproval: boolean }> | null;
  lastRejection: Readonly<{ by: string; at: string; reason: string }> | null;
  published: Readonly<{ by: string; at: string }> | null;
  /** The current result per subject key (an amended appeal replaces it; the first stays in its appeal). */
  results: IdRecord<CycleResult>;
  appeals: IdRecord<CycleAppeal>;
}>;

export type Cycle = Readonly<{ status: 'none' }> | OpenedCycle;

export const initialCycle = (): Cycle => ({ status: 'none' });

export function evolveCycle(cycle: Cycle, event: CycleEvent): Cycle {
  if (event.type === 'CycleOpened') {
    const { cycleId, period, scheme, currency, subjects, openedBy, openedAt } = event.data;
    return {
      status: 'open',
      cycleId,
      period,
      scheme,
      currency,
      subjects,
      opened: { by: openedBy, at: openedAt },
      closed: null,
      snapshot: null,
      evaluations: emptyIdRecord(),
      submitted: null,
      approved: null,
      lastRejection: null,
      published: null,
      results: emptyIdRecord(),
      appeals: emptyIdRecord(),
    };
  }
  if (cycle.status === 'none') return cycle;
  switch (event.type) {
    case 'CycleClosed': {
      const { closedBy, closedAt, asOf } = event.data;
      return { ...cycle, status: 'closed', closed: { by: closedBy, at: closedAt, asOf } };
    }
    case 'CycleSnapshotRecorded':
      return {
        ...cycle,
        status: cycle.status === 'closed' ? 'frozen' : cycle.status,
        snapshot: event.data.snapshot,
      };
    case 'QualitativeEvaluationRecorded':
      return {
        ...cycle,
        evaluations: withId(cycle.evaluations, event.data.subjectKey, event.data.evaluation),
      };
    case 'CycleSubmittedForApproval': {
      const { submittedBy, submittedAt, approverId } = event.data;
      return { ...cycle, status: 'submitted', submitted: { by: submittedBy, at: submittedAt, approverId } };
    }
    case 'CycleApproved': {
      const { approvedBy, approvedAt, selfApproval } = event.data;
      return { ...cycle, status: 'approved', approved: { by: approvedBy, at: approvedAt, selfApproval } };
    }
    case 'CycleRejected': {
      const { rejectedBy, rejectedAt, reason } = event.data;
      return {
        ...cycle,
        status: 'frozen',
        submitted: null,
        lastRejection: { by: rejectedBy, at: rejectedAt, reason },
      };
    }
    case 'CycleResultsPublished': {
      let results = emptyIdRecord<CycleResult>();
      for (const result of event.data.results) results = withId(results, result.subjectKey, result);
      return {
        ...cycle,
        status: 'published',
        published: { by: event.data.publishedBy, at: event.data.publishedAt },
        results,
      };
    }
    case 'AppealFiled': {
      const { subjectKey, filedBy, filedAt, reason } = event.data;
      return {
        ...cycle,
        appeals: withId(cycle.appeals, subjectKey, { filedBy, filedAt, reason, decision: null }),
      };
    }
    case 'AppealDecided': {
      const { subjectKey, decidedBy, decidedAt, decision, reason, result } = event.data;
      const appeal = cycle.appeals[subjectKey];
      const before = cycle.results[subjectKey];
      if (!appeal || !before) return cycle;
      return {
        ...cycle,
        results: withId(cycle.results, subjectKey, result),
        appeals: withId(cycle.appeals, subjectKey, {
          ...appeal,
          decision: { by: decidedBy, at: decidedAt, decision, reason, before },
        }),
      };
    }
  }
}
