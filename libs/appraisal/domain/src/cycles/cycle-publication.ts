import { type CycleSubjectV1, cyclePublishedEvent } from '@sales/appraisal/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { CycleEvent, CycleResult } from './cycle-events';
import type { Cycle, OpenedCycle } from './cycle-state';

/**
 * What other contexts see of a cycle: its steps, each subject's grade and ladder step, appeals.
 * Money (payouts, penalties), the qualitative evaluations, the frozen figures and every reason
 * stay internal: pay data is read through the API by the person, their manager chain, the VP and
 * finance only.
 */
export function publishCycleEvent(event: CycleEvent, cycle: Cycle): readonly PublishedEvent[] {
  if (cycle.status === 'none') return [];
  const { cycleId, period } = cycle;
  switch (event.type) {
    case 'CycleOpened':
      return [
        cyclePublishedEvent('CycleOpened', {
          cycleId,
          schemeId: cycle.scheme.schemeId,
          schemeVersion: cycle.scheme.version,
          period,
          subjects: subjectsOf(cycle),
          openedBy: event.data.openedBy,
          currency: cycle.currency,
        }),
      ];
    case 'CycleClosed':
      return [
        cyclePublishedEvent('CycleClosed', {
          cycleId,
          schemeId: cycle.scheme.schemeId,
          schemeVersion: cycle.scheme.version,
          period,
          closedAt: event.data.closedAt,
          asOf: event.data.asOf,
          subjects: subjectsOf(cycle),
          currency: cycle.currency,
        }),
      ];
    case 'CycleSubmittedForApproval':
      return [
        cyclePublishedEvent('CycleSubmittedForApproval', {
          cycleId,
          period,
          submittedBy: event.data.submittedBy,
          approverId: event.data.approverId,
        }),
      ];
    case 'CycleApproved':
      return [
        cyclePublishedEvent('CycleApproved', {
          cycleId,
          period,
          approvedBy: event.data.approvedBy,
          selfApproval: event.data.selfApproval,
        }),
      ];
    case 'CycleResultsPublished':
      return event.data.results.map((result) =>
        cyclePublishedEvent('AppraisalResultPublished', {
          cycleId,
          subject: subjectOf(result.subjectKey),
          period,
          ...gradeAndLadder(result),
        }),
      );
    case 'AppealFiled':
      return [
        cyclePublishedEvent('AppealFiled', {
          cycleId,
          subject: subjectOf(event.data.subjectKey),
          period,
          filedBy: event.data.filedBy,
        }),
      ];
    case 'AppealDecided':
      return [
        cyclePublishedEvent('AppealDecided', {
          cycleId,
          subject: subjectOf(event.data.subjectKey),
          period,
          decidedBy: event.data.decidedBy,
          decision: event.data.decision,
          ...gradeAndLadder(event.data.result),
        }),
      ];
    case 'CycleSnapshotRecorded':
    case 'QualitativeEvaluationRecorded':
    case 'CycleRejected':
      return [];
  }
}

const subjectsOf = (cycle: OpenedCycle): CycleSubjectV1[] =>
  cycle.subjects.map(({ kind, id }) => ({ kind, id }));

function subjectOf(subjectKey: string): CycleSubjectV1 {
  const at = subjectKey.indexOf(':');
  return { kind: subjectKey.slice(0, at) as CycleSubjectV1['kind'], id: subjectKey.slice(at + 1) };
}

const gradeAndLadder = ({ appraisal }: CycleResult) => ({
  grade: appraisal.grade,
  ladderStep: appraisal.ladderStep,
  consecutiveMisses: appraisal.consecutiveMisses,
});
