import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { TeamView } from '../meetings/team-scope';
import type { PlanOutcome, PlanTrigger } from './coaching-events';

/** One person's coaching file is one stream: `coaching-<personId>`. */
export const coachingStreamId = (personId: string) => `coaching-${personId}`;
export const COACHING_STREAM_PREFIX = 'coaching-';

/** The plan the ladder's help step opens for a subject in a cycle: one per cycle and subject. */
export const ladderPlanId = (cycleId: string, subject: Readonly<{ kind: string; id: string }>) =>
  `ladder-${cycleId}-${subject.kind}-${subject.id}`;

type ByCoach = Readonly<{ actor: Actor; personId: string; team: TeamView; today: BusinessDate }>;

export type RecordOneOnOne = Command<
  'RecordOneOnOne',
  ByCoach & Readonly<{ sessionId: string; heldOn: BusinessDate; topics: string; agreements: string }>
>;

/** From customers' published VisitLogged of kind `joint`; a visit already noted changes nothing. */
export type NoteJointVisit = Command<
  'NoteJointVisit',
  Readonly<{
    personId: string;
    visitId: string;
    coachId: string;
    customerId: string;
    visitedOn: BusinessDate;
  }>
>;

/** A manager opens a plan with goals and follow-up dates. */
export type OpenImprovementPlan = Command<
  'OpenImprovementPlan',
  ByCoach &
    Readonly<{
      planId: string;
      startsOn: BusinessDate;
      goals: string;
      followUpDates: readonly BusinessDate[];
    }>
>;

/**
 * The ladder's help step (帮助) opens a plan for its subject: idempotent by cycle and subject, so a
 * result delivered twice opens one plan. The coach sets goals and follow-ups afterwards.
 */
export type OpenLadderPlan = Command<
  'OpenLadderPlan',
  Readonly<{
    personId: string;
    coachId: string | null;
    trigger: Extract<PlanTrigger, { kind: 'ladder' }>;
    today: BusinessDate;
  }>
>;

export type SetPlanGoals = Command<'SetPlanGoals', ByCoach & Readonly<{ planId: string; goals: string }>>;

export type ScheduleFollowUp = Command<
  'ScheduleFollowUp',
  ByCoach & Readonly<{ planId: string; dueOn: BusinessDate }>
>;

export type RecordFollowUp = Command<
  'RecordFollowUp',
  ByCoach & Readonly<{ planId: string; followUpId: string; heldOn: BusinessDate; progress: string }>
>;

export type CloseImprovementPlan = Command<
  'CloseImprovementPlan',
  ByCoach & Readonly<{ planId: string; outcome: PlanOutcome; note: string }>
>;

export type CoachingCommand =
  | RecordOneOnOne
  | NoteJointVisit
  | OpenImprovementPlan
  | OpenLadderPlan
  | SetPlanGoals
  | ScheduleFollowUp
  | RecordFollowUp
  | CloseImprovementPlan;
