import {
  type Aggregate,
  type BusinessDate,
  ConflictError,
  DomainError,
  assertNever,
} from '@sales/shared/domain';
import type { RecordOneOnOne, CoachingCommand } from './coaching-commands';
import type { CoachingEvent, ImprovementPlanOpened, OneOnOneRecorded, PlanOutcome } from './coaching-events';
import { authorizeCoach, notAfterToday } from './coaching-rules';
import {
  closePlan,
  openLadderPlan,
  openPlan,
  recordFollowUp,
  scheduleFollowUp,
  setGoals,
} from './improvement-plans';
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
