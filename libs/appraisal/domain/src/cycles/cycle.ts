import {
  type Actor,
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  assertNever,
} from '@sales/shared/domain';
import type {
  CloseCycle,
  CycleCommand,
  EvaluateQualitative,
  OpenCycle,
  PublishResults,
  RecordSnapshot,
} from './cycle-commands';
import type { CycleEvent } from './cycle-events';
import { cycleApproverOf, isTopOfTree, standsAbove } from './cycle-org';
import { cyclePeriod } from './cycle-period';
import { decideAppeal, fileAppeal } from './cycle-appeals';
import {
  APPROVERS,
  EVALUABLE,
  RUNNERS,
  SUBMITTERS,
  assertQualitativeScore,
  isBefore,
  requireCycle,
  requireRole,
  requireSubject,
  statusOf,
} from './cycle-guards';
import { publishCycleEvent } from './cycle-publication';
import { assertCycleScheme, resultOf } from './cycle-results';
import { sameSnapshotFigures } from './cycle-snapshot';
import { type Cycle, type OpenedCycle, evolveCycle, initialCycle } from './cycle-state';
import { subjectKeyOf } from './cycle-subjects';

/** 考核周期 (A2): one period's appraisal of the subjects of one scheme version. */
export const cycleDecider: Aggregate<Cycle, CycleCommand, CycleEvent> = {
  initialState: initialCycle,
  evolve: evolveCycle,
  decide,
  publish: publishCycleEvent,
};

function decide(command: CycleCommand, cycle: Cycle): CycleEvent[] {
  switch (command.type) {
    case 'OpenCycle':
      return open(command.data, cycle);
    case 'CloseCycle':
      return close(command.data, requireCycle(cycle));
    case 'RecordSnapshot':
      return recordSnapshot(command.data, requireCycle(cycle));
    case 'EvaluateQualitative':
      return evaluate(command.data, requireCycle(cycle));
    case 'SubmitCycleForApproval': {
      const { actor, now, org } = command.data;
      const existing = requireCycle(cycle);
      requireRole(actor, SUBMITTERS);
      if (existing.status === 'open' || existing.status === 'closed') assertFrozen(existing);
      if (existing.status !== 'frozen')
        throw new ConflictError('cycle-already-submitted', statusOf(existing));
      assertAllEvaluated(existing);
      const approverId = cycleApproverOf(org, actor.userId);
      if (!approverId) throw new ConflictError('no-cycle-approver', { cycleId: existing.cycleId });
      return [
        {
          type: 'CycleSubmittedForApproval',
          data: { cycleId: existing.cycleId, submittedBy: actor.userId, submittedAt: now, approverId },
        },
      ];
    }
    case 'ApproveCycle': {
      const { actor, now, org } = command.data;
      const existing = requireCycle(cycle);
      const selfApproval = assertApprover(actor, existing, org);
      return [
        {
          type: 'CycleApproved',
          data: { cycleId: existing.cycleId, approvedBy: actor.userId, approvedAt: now, selfApproval },
        },
      ];
    }
    case 'RejectCycle': {
      const { actor, now, org } = command.data;
      const existing = requireCycle(cycle);
      assertApprover(actor, existing, org);
      const reason = (command.data.reason ?? '').trim();
      if (!reason) throw new DomainError('rejection-reason-required', { field: 'reason' });
      return [
        {
          type: 'CycleRejected',
          data: { cycleId: existing.cycleId, rejectedBy: actor.userId, rejectedAt: now, reason },
        },
      ];
    }
    case 'PublishResults':
      return publishResults(command.data, requireCycle(cycle));
    case 'FileAppeal':
      return fileAppeal(command.data, requireCycle(cycle));
    case 'DecideAppeal':
      return decideAppeal(command.data, requireCycle(cycle));
    default:
      return assertNever(command);
  }
}

function open(data: OpenCycle['data'], cycle: Cycle): CycleEvent[] {
  const { actor, now, cycleId, kind, label, scheme, subjects } = data;
  requireRole(actor, RUNNERS);
  if (cycle.status !== 'none') throw new ConflictError('cycle-already-opened', { cycleId, label });
  const period = cyclePeriod(kind, label);
  if (!period) throw new DomainError('invalid-cycle-period', { field: 'label', periodKind: kind, label });
  // A cycle appraises someone: a scheme for division managers in a department without any, or for
  // salespeople where nobody sells, has nothing to freeze.
  if (subjects.length === 0)
    throw new DomainError('cycle-without-subjects', { label, appliesTo: scheme.appliesTo });
  return [
    {
      type: 'CycleOpened',
      data: {
        cycleId,
        period,
        scheme: {
          schemeId: scheme.schemeId,
          version: scheme.version,
          name: scheme.name,
          appliesTo: scheme.appliesTo,
        },
        currency: scheme.commission.currency,
        subjects: subjects.map(({ kind: k, id, personId, divisionId, name }) => ({
          kind: k,
          id,
          personId,
          divisionId,
          name,
        })),
        openedBy: actor.userId,
        openedAt: now,
      },
    },
  ];
}

/**
 * 关账: only once the period is over — figures frozen while it runs would miss its last days. The
 * KPI service answers the published CycleClosed with the period's figures as recorded before now.
 */
function close(data: CloseCycle['data'], cycle: OpenedCycle): CycleEvent[] {
  const { actor, now, today } = data;
  requireRole(actor, RUNNERS);
  if (cycle.status !== 'open') throw new ConflictError('cycle-already-closed', statusOf(cycle));
  if (today <= cycle.period.to)
    throw new DomainError('period-not-ended', { label: cycle.period.label, endsOn: cycle.period.to });
  return [
    {
      type: 'CycleClosed',
      data: { cycleId: cycle.cycleId, closedBy: actor.userId, closedAt: now, asOf: today },
    },
  ];
}

/**
 * 冻结: the snapshot is recorded once and never changes. The same answer again (the same event
 * redelivered, or re-sent with the same figures) changes nothing; different figures are refused.
 */
function recordSnapshot({ snapshot }: RecordSnapshot['data'], cycle: OpenedCycle): CycleEvent[] {
  if (cycle.snapshot) {
    if (snapshot.eventId === cycle.snapshot.eventId || sameSnapshotFigures(snapshot, cycle.snapshot))
      return [];
    throw new ConflictError('snapshot-frozen', {
      cycleId: cycle.cycleId,
      frozenAsOf: cycle.snapshot.asOf,
      eventId: snapshot.eventId,
    });
  }
  if (cycle.status === 'open') throw new ConflictError('cycle-not-closed', { cycleId: cycle.cycleId });
  if (snapshot.requestId !== cycle.cycleId)
    throw new DomainError('snapshot-not-for-cycle', {
      cycleId: cycle.cycleId,
      requestId: snapshot.requestId,
    });
  if (snapshot.period.label !== cycle.period.label || snapshot.period.kind !== cycle.period.kind)
    throw new DomainError('snapshot-period-mismatch', {
      label: cycle.period.label,
      given: snapshot.period.label,
    });
  const wanted = cycle.subjects.map(subjectKeyOf).sort();
  const given = snapshot.subjects.map(subjectKeyOf).sort();
  if (JSON.stringify(wanted) !== JSON.stringify(given)) {
    throw new DomainError('snapshot-subjects-mismatch', {
      cycleId: cycle.cycleId,
      missing: wanted.filter((key) => !given.includes(key)),
      extra: given.filter((key) => !wanted.includes(key)),
    });
  }
  return [{ type: 'CycleSnapshotRecorded', data: { cycleId: cycle.cycleId, snapshot } }];
}

/** 定性评价 by someone above the subject today: their (division) manager, for a manager the VP. */
function evaluate(data: EvaluateQualitative['data'], cycle: OpenedCycle): CycleEvent[] {
  const { actor, now, org, subjectKey } = data;
  const subject = requireSubject(cycle, subjectKey);
  if (!standsAbove(org, actor.userId, subject.personId))
    throw new ForbiddenError('not-subject-manager', { subject: subject.name, personId: subject.personId });
  if (!EVALUABLE.includes(cycle.status))
    throw new ConflictError('cycle-not-evaluable', { cycleId: cycle.cycleId, cycleStatus: cycle.status });
  assertQualitativeScore(data.score, 'score');
  return [
    {
      type: 'QualitativeEvaluationRecorded',
      data: {
        cycleId: cycle.cycleId,
        subjectKey,
        evaluation: {
          score: data.score,
          causes: (data.causes ?? '').trim(),
          measures: (data.measures ?? '').trim(),
          evaluatedBy: actor.userId,
          evaluatedAt: now,
        },
      },
    },
  ];
}

/** 公布: every subject's result, computed from the frozen figures under the cycle's scheme version. */
function publishResults(data: PublishResults['data'], cycle: OpenedCycle): CycleEvent[] {
  const { actor, now, scheme, previousConsecutiveMisses } = data;
  requireRole(actor, RUNNERS);
  if (isBefore(cycle, 'approved')) throw new ConflictError('cycle-not-approved', statusOf(cycle));
  if (cycle.status !== 'approved') throw new ConflictError('results-already-published', statusOf(cycle));
  assertCycleScheme(cycle, scheme);
  const results = cycle.subjects.map((subject) => {
    const key = subjectKeyOf(subject);
    const evaluation = cycle.evaluations[key];
    if (!evaluation) throw new ConflictError('subjects-unevaluated', unevaluated(cycle));
    return resultOf(cycle, scheme, subject, evaluation.score, previousConsecutiveMisses[key] ?? 0);
  });
  return [
    {
      type: 'CycleResultsPublished',
      data: { cycleId: cycle.cycleId, publishedBy: actor.userId, publishedAt: now, results },
    },
  ];
}

/**
 * The VP (or the general manager) approves, never the one who submitted — unless they are the
 * top of the tree with nobody above (ARCHITECTURE §6), which is recorded as a self-approval.
 */
function assertApprover(actor: Actor, cycle: OpenedCycle, org: OpenCycle['data']['org']): boolean {
  requireRole(actor, APPROVERS);
  if (isBefore(cycle, 'submitted')) throw new ConflictError('cycle-not-submitted', statusOf(cycle));
  if (cycle.status !== 'submitted') throw new ConflictError('cycle-already-approved', statusOf(cycle));
  if (actor.userId !== cycle.submitted?.by) return false;
  if (isTopOfTree(org, actor.userId)) return true;
  throw new ForbiddenError('cannot-approve-own-submission', { cycleId: cycle.cycleId });
}

/** 审批前每人都有定性评价: the refusal names everyone still unevaluated. */
function assertAllEvaluated(cycle: OpenedCycle): void {
  if (cycle.subjects.some((s) => !cycle.evaluations[subjectKeyOf(s)]))
    throw new ConflictError('subjects-unevaluated', unevaluated(cycle));
}

function unevaluated(cycle: OpenedCycle) {
  const missing = cycle.subjects.filter((s) => !cycle.evaluations[subjectKeyOf(s)]);
  return {
    count: missing.length,
    subjects: missing.map((s) => s.name),
    subjectKeys: missing.map(subjectKeyOf),
  };
}

function assertFrozen(cycle: OpenedCycle): void {
  if (cycle.status === 'open') throw new ConflictError('cycle-not-closed', { cycleId: cycle.cycleId });
  throw new ConflictError('snapshot-not-recorded', { cycleId: cycle.cycleId });
}
