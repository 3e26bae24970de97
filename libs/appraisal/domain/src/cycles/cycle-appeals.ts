import { ConflictError, DomainError, ForbiddenError } from '@sales/shared/domain';
import type { DecideAppeal, FileAppeal } from './cycle-commands';
import type { CycleEvent } from './cycle-events';
import { APPROVERS, assertQualitativeScore, requireRole, requireSubject } from './cycle-guards';
import { assertCycleScheme, resultOf } from './cycle-results';
import type { OpenedCycle } from './cycle-state';

/** 申诉: only the person appraised, only on a published result, with a reason; once per result. */
export function fileAppeal(data: FileAppeal['data'], cycle: OpenedCycle): CycleEvent[] {
  const { actor, now, subjectKey } = data;
  const subject = requireSubject(cycle, subjectKey);
  if (actor.userId !== subject.personId)
    throw new ForbiddenError('not-your-result', { subject: subject.name, userId: actor.userId });
  if (cycle.status !== 'published')
    throw new ConflictError('results-not-published', { cycleId: cycle.cycleId });
  const reason = (data.reason ?? '').trim();
  if (!reason) throw new DomainError('appeal-reason-required', { field: 'reason' });
  if (cycle.appeals[subjectKey]) throw new ConflictError('appeal-already-filed', { subject: subject.name });
  return [
    {
      type: 'AppealFiled',
      data: { cycleId: cycle.cycleId, subjectKey, filedBy: actor.userId, filedAt: now, reason },
    },
  ];
}

/**
 * 申诉复核 by the VP: the result stands (upheld) or is recomputed with a new qualitative score
 * (amended) — from the same frozen figures and earlier misses, under the same scheme version.
 */
export function decideAppeal(data: DecideAppeal['data'], cycle: OpenedCycle): CycleEvent[] {
  const { actor, now, subjectKey, decision, qualitativeScore, scheme } = data;
  requireRole(actor, APPROVERS);
  const subject = requireSubject(cycle, subjectKey);
  if (actor.userId === subject.personId)
    throw new ForbiddenError('cannot-decide-own-appeal', { subject: subject.name });
  const appeal = cycle.appeals[subjectKey];
  const current = cycle.results[subjectKey];
  if (!appeal || appeal.decision || !current)
    throw new ConflictError('no-open-appeal', { subject: subject.name });
  const reason = (data.reason ?? '').trim();
  if (!reason) throw new DomainError('decision-reason-required', { field: 'reason' });
  assertCycleScheme(cycle, scheme);
  let result = current;
  if (decision === 'amended') {
    if (qualitativeScore === null || qualitativeScore === undefined)
      throw new DomainError('qualitative-score-required', { field: 'qualitativeScore' });
    assertQualitativeScore(qualitativeScore, 'qualitativeScore');
    result = resultOf(cycle, scheme, subject, qualitativeScore, current.previousConsecutiveMisses);
  } else if (qualitativeScore !== null && qualitativeScore !== undefined) {
    throw new DomainError('upheld-takes-no-score', { field: 'qualitativeScore' });
  }
  return [
    {
      type: 'AppealDecided',
      data: {
        cycleId: cycle.cycleId,
        subjectKey,
        decidedBy: actor.userId,
        decidedAt: now,
        decision,
        reason,
        result,
      },
    },
  ];
}
