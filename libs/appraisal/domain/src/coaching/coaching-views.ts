import type { Actor, BusinessDate } from '@sales/shared/domain';
import { type TeamView, canSeePerson } from '../meetings/team-scope';
import type { CoachingFile, FollowUp, ImprovementPlan } from './coaching-file';

/** 追踪: a follow-up held, due (today or later) or overdue (its date passed, not held). */
export type FollowUpStatus = 'held' | 'due' | 'overdue';
export type PlanStatus = 'open' | 'closed';
export const PLAN_STATUSES: readonly PlanStatus[] = ['open', 'closed'];

export function followUpStatus(followUp: FollowUp, today: BusinessDate): FollowUpStatus {
  if (followUp.held) return 'held';
  return followUp.dueOn < today ? 'overdue' : 'due';
}

export type PlanView = Omit<ImprovementPlan, 'followUps'> &
  Readonly<{
    personId: string;
    status: PlanStatus;
    followUps: readonly (FollowUp & Readonly<{ status: FollowUpStatus }>)[];
    /** The next follow-up not held yet (the earliest), or null. */
    nextFollowUpOn: BusinessDate | null;
  }>;

export function planView(personId: string, plan: ImprovementPlan, today: BusinessDate): PlanView {
  const followUps = plan.followUps.map((f) => ({ ...f, status: followUpStatus(f, today) }));
  const pending = followUps
    .filter((f) => !f.held)
    .map((f) => f.dueOn)
    .sort();
  return {
    ...plan,
    personId,
    status: plan.closed ? 'closed' : 'open',
    followUps,
    nextFollowUpOn: pending[0] ?? null,
  };
}

export type PlanFilter = Readonly<{ status?: PlanStatus; personId?: string; overdueOnly?: boolean }>;

/**
 * The improvement plans `actor` reads (a salesperson their own, a manager their people's, the VP,
 * 总经理 and 市场部主管 all), as of `today`, by start date.
 */
export function listPlans(
  files: readonly CoachingFile[],
  actor: Actor,
  team: TeamView,
  today: BusinessDate,
  filter: PlanFilter = {},
): PlanView[] {
  return files
    .filter((f): f is CoachingFile & { personId: string } => f.personId !== null)
    .filter((f) => canSeePerson(actor, team, f.personId) || f.plans.some((p) => p.coachId === actor.userId))
    .filter((f) => filter.personId === undefined || f.personId === filter.personId)
    .flatMap((f) =>
      f.plans
        .filter((p) => canSeePerson(actor, team, f.personId) || p.coachId === actor.userId)
        .map((p) => planView(f.personId, p, today)),
    )
    .filter((p) => filter.status === undefined || p.status === filter.status)
    .filter((p) => !filter.overdueOnly || p.followUps.some((f) => f.status === 'overdue'))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.planId.localeCompare(b.planId));
}
