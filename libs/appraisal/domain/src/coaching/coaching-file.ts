import {
  type Actor,
  type Aggregate,
  type BusinessDate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
} from '@sales/shared/domain';
import { type TeamView, manages, teamMember } from '../meetings/team-scope';
import {
  type CloseImprovementPlan,
  type CoachingCommand,
  type OpenImprovementPlan,
  type OpenLadderPlan,
  type RecordFollowUp,
  type RecordOneOnOne,
  type ScheduleFollowUp,
  type SetPlanGoals,
  ladderPlanId,
} from './coaching-commands';
import {
  type CoachingEvent,
  type ImprovementPlanOpened,
  type OneOnOneRecorded,
  PLAN_OUTCOMES,
  type PlanOutcome,
} from './coaching-events';
import { publishCoachingEvent } from './coaching-publication';

export type FollowUp = Readonly<{
  followUpId: string;
  dueOn: BusinessDate;
  held: Readonly<{ heldOn: BusinessDate; progress: string; by: string }> | null;
}>;

export type ImprovementPlan = Omit<ImprovementPlanOpened['data'], 'followUps' | 'personId'> &
  Readonly<{
    followUps: readonly FollowUp[];
    closed: Readonly<{ outcome: PlanOutcome; note: string; closedOn: BusinessDate; closedBy: string }> | null;
  }>;

export type JointVisit = Readonly<{
  visitId: string;
  coachId: string;
  customerId: string;
  visitedOn: BusinessDate;
}>;

/** 辅导档案: one person's one-on-ones, joint visits and improvement plans (A4). */
export type CoachingFile = Readonly<{
  personId: string | null;
  sessions: readonly Omit<OneOnOneRecorded['data'], 'personId'>[];
  jointVisits: readonly JointVisit[];
  plans: readonly ImprovementPlan[];
}>;

export const coachingFileDecider: Aggregate<CoachingFile, CoachingCommand, CoachingEvent> = {
  initialState: () => ({ personId: null, sessions: [], jointVisits: [], plans: [] }),
  evolve,
  decide,
  publish: publishCoachingEvent,
};

function evolve(file: CoachingFile, event: CoachingEvent): CoachingFile {
  const personId = event.data.personId;
  const planWith = (planId: string, change: (plan: ImprovementPlan) => ImprovementPlan) => ({
    ...file,
    personId,
    plans: file.plans.map((p) => (p.planId === planId ? change(p) : p)),
  });
  switch (event.type) {
    case 'OneOnOneRecorded': {
      const { personId: _, ...session } = event.data;
      return { ...file, personId, sessions: [...file.sessions, session] };
    }
    case 'JointVisitNoted': {
      const { personId: _, ...visit } = event.data;
      return { ...file, personId, jointVisits: [...file.jointVisits, visit] };
    }
    case 'ImprovementPlanOpened': {
      const { personId: _, followUps, ...plan } = event.data;
      const opened: ImprovementPlan = {
        ...plan,
        followUps: followUps.map((f) => ({ ...f, held: null })),
        closed: null,
      };
      return { ...file, personId, plans: [...file.plans, opened] };
    }
    case 'ImprovementPlanGoalsSet':
      return planWith(event.data.planId, (p) => ({ ...p, goals: event.data.goals }));
    case 'FollowUpScheduled': {
      const { followUpId, dueOn } = event.data;
      return planWith(event.data.planId, (p) => ({
        ...p,
        followUps: [...p.followUps, { followUpId, dueOn, held: null }],
      }));
    }
    case 'FollowUpHeld': {
      const { followUpId, heldOn, progress, by } = event.data;
      return planWith(event.data.planId, (p) => ({
        ...p,
        followUps: p.followUps.map((f) =>
          f.followUpId === followUpId ? { ...f, held: { heldOn, progress, by } } : f,
        ),
      }));
    }
    case 'ImprovementPlanClosed': {
      const { outcome, note, closedOn, closedBy } = event.data;
      return planWith(event.data.planId, (p) => ({ ...p, closed: { outcome, note, closedOn, closedBy } }));
    }
  }
}

function decide(command: CoachingCommand, file: CoachingFile): CoachingEvent[] {
  switch (command.type) {
    case 'RecordOneOnOne':
      return recordOneOnOne(command.data, file);
    case 'NoteJointVisit': {
      // Delivered at least once: a visit already in the file changes nothing.
      if (file.jointVisits.some((v) => v.visitId === command.data.visitId)) return [];
      return [{ type: 'JointVisitNoted', data: { ...command.data } }];
    }
    case 'OpenImprovementPlan':
      return openPlan(command.data, file);
    case 'OpenLadderPlan':
      return openLadderPlan(command.data, file);
    case 'SetPlanGoals':
      return setGoals(command.data, file);
    case 'ScheduleFollowUp':
      return scheduleFollowUp(command.data, file);
    case 'RecordFollowUp':
      return recordFollowUp(command.data, file);
    case 'CloseImprovementPlan':
      return closePlan(command.data, file);
    default:
      return assertNever(command);
  }
}

function recordOneOnOne(data: RecordOneOnOne['data'], file: CoachingFile): CoachingEvent[] {
  const { actor, personId, sessionId, heldOn, today } = data;
  authorizeCoach(actor, data.team, personId);
  if (file.sessions.some((s) => s.sessionId === sessionId))
    throw new ConflictError('coaching-session-id-taken', { sessionId });
  notAfterToday('heldOn', heldOn, today);
  const topics = data.topics.trim();
  if (!topics) throw new DomainError('coaching-topics-required', { field: 'topics' });
  return [
    {
      type: 'OneOnOneRecorded',
      data: {
        personId,
        sessionId,
        coachId: actor.userId,
        heldOn,
        topics,
        agreements: data.agreements.trim(),
      },
    },
  ];
}

function openPlan(data: OpenImprovementPlan['data'], file: CoachingFile): CoachingEvent[] {
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

function openLadderPlan(data: OpenLadderPlan['data'], file: CoachingFile): CoachingEvent[] {
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

function setGoals(data: SetPlanGoals['data'], file: CoachingFile): CoachingEvent[] {
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

function scheduleFollowUp(data: ScheduleFollowUp['data'], file: CoachingFile): CoachingEvent[] {
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

function recordFollowUp(data: RecordFollowUp['data'], file: CoachingFile): CoachingEvent[] {
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

function closePlan(data: CloseImprovementPlan['data'], file: CoachingFile): CoachingEvent[] {
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

/** 销售经理: the person's manager (their division's, the one the tree names) or the VP; never oneself. */
function authorizeCoach(actor: Actor, team: TeamView, personId: string): void {
  if (!teamMember(team, personId)) throw new NotFoundError('coaching-person-unknown', { personId });
  if (actor.userId === personId) throw new ForbiddenError('coaching-self', { personId });
  if (!manages(team, actor.userId, personId))
    throw new ForbiddenError('coaching-not-your-person', { personId, role: actor.role });
}

function notAfterToday(field: string, date: BusinessDate, today: BusinessDate): void {
  if (date > today) throw new DomainError('coaching-date-in-future', { field, date, today });
}

function followUpNotBeforeStart(field: string, dueOn: BusinessDate, startsOn: BusinessDate): void {
  if (dueOn < startsOn) throw new DomainError('coaching-follow-up-before-start', { field, dueOn, startsOn });
}
