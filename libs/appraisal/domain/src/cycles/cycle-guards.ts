import { type Actor, DomainError, ForbiddenError, NotFoundError, type Role } from '@sales/shared/domain';
import type { Cycle, CycleStatus, OpenedCycle } from './cycle-state';
import { type CycleSubject, subjectKeyOf } from './cycle-subjects';

/* The cycle decider's guards: who may act, on what, in which status. */

/** 业务副总 or 市场部主管 run a cycle's steps; the VP (or the general manager above) approves. */
export const RUNNERS: readonly Role[] = ['vp', 'sales_admin'];
export const SUBMITTERS: readonly Role[] = ['vp', 'sales_admin', 'division_manager'];
export const APPROVERS: readonly Role[] = ['vp', 'general_manager'];
/** Steps before submission: the qualitative evaluations may still change. */
export const EVALUABLE: readonly CycleStatus[] = ['open', 'closed', 'frozen'];

export function requireCycle(cycle: Cycle): OpenedCycle {
  if (cycle.status === 'none') throw new NotFoundError('cycle-not-found', {});
  return cycle;
}

export function requireSubject(cycle: OpenedCycle, subjectKey: string): CycleSubject {
  const subject = cycle.subjects.find((s) => subjectKeyOf(s) === subjectKey);
  if (!subject) throw new NotFoundError('unknown-cycle-subject', { subjectKey, cycleId: cycle.cycleId });
  return subject;
}

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError('forbidden-role', { role: actor.role });
}

/** A step asked for before the cycle got there (409 either way, the code says which way). */
export function isBefore(cycle: OpenedCycle, wanted: CycleStatus): boolean {
  const order: readonly CycleStatus[] = ['open', 'closed', 'frozen', 'submitted', 'approved', 'published'];
  return order.indexOf(cycle.status) < order.indexOf(wanted);
}

export const statusOf = (cycle: OpenedCycle) => ({ cycleId: cycle.cycleId, cycleStatus: cycle.status });

/** 0–100, at most two decimals (the scheme's exact arithmetic reads it through its decimal text). */
export function assertQualitativeScore(score: number, field: string): void {
  if (
    typeof score !== 'number' ||
    !Number.isFinite(score) ||
    score < 0 ||
    score > 100 ||
    Math.round(score * 100) !== score * 100
  )
    throw new DomainError('invalid-qualitative-score', { field, score });
}
