import {
  type Actor,
  type BusinessDate,
  ConflictError,
  DomainError,
  NotFoundError,
} from '@sales/shared/domain';
import type { TeamView } from '../meetings/team-scope';
import {
  type CloseImprovementPlan,
  type OpenImprovementPlan,
  type OpenLadderPlan,
  type RecordFollowUp,
  type ScheduleFollowUp,
  type SetPlanGoals,
  ladderPlanId,
} from './coaching-commands';
import { type CoachingEvent, PLAN_OUTCOMES } from './coaching-events';
import type { CoachingFile, ImprovementPlan } from './coaching-file';
import { authorizeCoach, notAfterToday } from './coaching-rules';

/*
 * 改进计划 (追踪管理, A4): opened by a manager or by the appraisal ladder's help step, given goals,
 * followed up on its dates, closed with an outcome — the decisions on one plan of a coaching file.
 */

export function openPlan(data: OpenImprovementPlan['data'], file: CoachingFile): CoachingEvent[] {
  const { actor, personId, planId, startsOn, today } = data;
  authorizeCoach(actor, data.team, personId);
  if (file.plans.some((p) => p.planId === planId))
    throw new ConflictError('coaching-plan-id-taken', { planId });
  const goals = data.goals.trim();
  if (!goals) throw new DomainError('coaching-goals-required', { field: 'goals' });
  // 追踪管理: a plan nobody checks on is a wish; it names when progress is looked at.
  if (data.followUpDates.length === 0)
    throw new DomainError('coaching-follow-up-required', { field: 'followUpDates' });
  data.followUpDates.forEach((dueOn, i) => followUpNotBeforeStart(`followUpDates[${i}]`, dueOn, startsOn));
  return [
    {
      type: 'ImprovementPlanOpened',
      data: {
        personId,
        planId,
        coachId: actor.userId,
        openedOn: today,
        startsOn,
        goals,
        trigger: { kind: 'manual' },
        followUps: [...data.followUpDates].sort().map((dueOn, i) => ({ followUpId: `f${i + 1}`, dueOn })),
      },
    },
  ];
}

export function openLadderPlan(data: OpenLadderPlan['data'], file: CoachingFile): CoachingEvent[] {
  const { personId, coachId, trigger, today } = data;
  const opened = file.plans.some(
    (p) =>
      p.trigger.kind === 'ladder' &&
      p.trigger.cycleId === trigger.cycleId &&
      p.trigger.subject.kind === trigger.subject.kind &&
      p.trigger.subject.id === trigger.subject.id,
  );
  if (opened) return [];
  return [
    {
      type: 'ImprovementPlanOpened',
      data: {
        personId,
        planId: ladderPlanId(trigger.cycleId, trigger.subject),
        coachId,
        openedOn: today,
        startsOn: today,
        goals: '',
        trigger,
        followUps: [],
      },
    },
  ];
}

export function setGoals(data: SetPlanGoals['data'], file: CoachingFile): CoachingEvent[] {
  const plan = openPlanOf(data, file);
  const goals = data.goals.trim();
  if (!goals) throw new DomainError('coaching-goals-required', { field: 'goals' });
  return [
    {
      type: 'ImprovementPlanGoalsSet',
      data: {
        personId: data.personId,
        planId: plan.planId,
        goals,
        setBy: data.actor.userId,
        setOn: data.today,
      },
    },
  ];
}

export function scheduleFollowUp(data: ScheduleFollowUp['data'], file: CoachingFile): CoachingEvent[] {
  const plan = openPlanOf(data, file);
  followUpNotBeforeStart('dueOn', data.dueOn, plan.startsOn);
  const followUpId = `f${plan.followUps.length + 1}`;
  return [
    {
      type: 'FollowUpScheduled',
      data: {
        personId: data.personId,
        planId: plan.planId,
        followUpId,
        dueOn: data.dueOn,
        by: data.actor.userId,
      },
    },
  ];
}

export function recordFollowUp(data: RecordFollowUp['data'], file: CoachingFile): CoachingEvent[] {
  const plan = openPlanOf(data, file);
  const { followUpId, heldOn, today } = data;
  const followUp = plan.followUps.find((f) => f.followUpId === followUpId);
  if (!followUp) throw new NotFoundError('coaching-follow-up-not-found', { planId: plan.planId, followUpId });
  if (followUp.held)
    throw new DomainError('coaching-follow-up-already-held', {
      planId: plan.planId,
      followUpId,
      ...followUp.held,
    });
  notAfterToday('heldOn', heldOn, today);
  if (heldOn < plan.startsOn)
    throw new DomainError('coaching-follow-up-before-start', {
      field: 'heldOn',
      dueOn: heldOn,
      startsOn: plan.startsOn,
    });
  const progress = data.progress.trim();
  if (!progress) throw new DomainError('coaching-progress-required', { field: 'progress' });
  return [
    {
      type: 'FollowUpHeld',
      data: {
        personId: data.personId,
        planId: plan.planId,
        followUpId,
        heldOn,
        progress,
        by: data.actor.userId,
      },
    },
  ];
}

export function closePlan(data: CloseImprovementPlan['data'], file: CoachingFile): CoachingEvent[] {
  const plan = openPlanOf(data, file);
  if (!PLAN_OUTCOMES.includes(data.outcome))
    throw new DomainError('coaching-outcome-unknown', { field: 'outcome', outcome: data.outcome });
  // An outcome is measured against goals: a ladder plan closed before anyone set them judged nothing.
  if (!plan.goals) throw new DomainError('coaching-plan-without-goals', { planId: plan.planId });
  return [
    {
      type: 'ImprovementPlanClosed',
      data: {
        personId: data.personId,
        planId: plan.planId,
        outcome: data.outcome,
        note: data.note.trim(),
        closedOn: data.today,
        closedBy: data.actor.userId,
      },
    },
  ];
}

type OnPlan = Readonly<{ actor: Actor; personId: string; planId: string; team: TeamView }>;

/** The plan addressed, still open, and the actor allowed to coach its person. */
function openPlanOf({ actor, personId, planId, team }: OnPlan, file: CoachingFile): ImprovementPlan {
  const plan = file.plans.find((p) => p.planId === planId);
  if (!plan) throw new NotFoundError('coaching-plan-not-found', { personId, planId });
  if (plan.coachId !== actor.userId) authorizeCoach(actor, team, personId);
  if (plan.closed) throw new DomainError('coaching-plan-closed', { planId, ...plan.closed });
  return plan;
}

function followUpNotBeforeStart(field: string, dueOn: BusinessDate, startsOn: BusinessDate): void {
  if (dueOn < startsOn) throw new DomainError('coaching-follow-up-before-start', { field, dueOn, startsOn });
}
