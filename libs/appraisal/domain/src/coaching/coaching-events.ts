import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/*
 * 培训和指导 (A4)'s internal events, one coaching file per salesperson (or division manager).
 * What was talked about, agreed, aimed at and found at a follow-up is free text about a person:
 * it stays here. What is published is ids, dates, who coaches whom and the plan's outcome.
 */

/** 一对一沟通: a session, what it was about and what was agreed (改善方案和行动计划). */
export type OneOnOneRecorded = DomainEvent<
  'OneOnOneRecorded',
  Readonly<{
    personId: string;
    sessionId: string;
    coachId: string;
    heldOn: BusinessDate;
    topics: string;
    agreements: string;
  }>
>;

/** 联合拜访 (C3): the salesperson visits, the manager coaches; noted from customers' VisitLogged. */
export type JointVisitNoted = DomainEvent<
  'JointVisitNoted',
  Readonly<{
    personId: string;
    visitId: string;
    coachId: string;
    customerId: string;
    visitedOn: BusinessDate;
  }>
>;

/** What opened an improvement plan: the manager, or the appraisal ladder's help step (帮助). */
export type PlanTrigger =
  | Readonly<{ kind: 'manual' }>
  | Readonly<{
      kind: 'ladder';
      cycleId: string;
      subject: Readonly<{ kind: 'person' | 'division'; id: string }>;
      period: string;
      grade: string;
      consecutiveMisses: number;
    }>;

/** 改善计划: goals, a start, and follow-up dates (追踪管理). */
export type ImprovementPlanOpened = DomainEvent<
  'ImprovementPlanOpened',
  Readonly<{
    personId: string;
    planId: string;
    /** The coach: the person's manager (null when the tree names none yet). */
    coachId: string | null;
    openedOn: BusinessDate;
    startsOn: BusinessDate;
    /** Empty for a plan the ladder opened until the coach sets them. */
    goals: string;
    trigger: PlanTrigger;
    followUps: readonly Readonly<{ followUpId: string; dueOn: BusinessDate }>[];
  }>
>;

export type ImprovementPlanGoalsSet = DomainEvent<
  'ImprovementPlanGoalsSet',
  Readonly<{ personId: string; planId: string; goals: string; setBy: string; setOn: BusinessDate }>
>;

export type FollowUpScheduled = DomainEvent<
  'FollowUpScheduled',
  Readonly<{ personId: string; planId: string; followUpId: string; dueOn: BusinessDate; by: string }>
>;

/** 定期检查进展: a follow-up held, and what it found. */
export type FollowUpHeld = DomainEvent<
  'FollowUpHeld',
  Readonly<{
    personId: string;
    planId: string;
    followUpId: string;
    heldOn: BusinessDate;
    progress: string;
    by: string;
  }>
>;

export const PLAN_OUTCOMES = ['improved', 'partly-improved', 'not-improved'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

export type ImprovementPlanClosed = DomainEvent<
  'ImprovementPlanClosed',
  Readonly<{
    personId: string;
    planId: string;
    outcome: PlanOutcome;
    note: string;
    closedOn: BusinessDate;
    closedBy: string;
  }>
>;

export type CoachingEvent =
  | OneOnOneRecorded
  | JointVisitNoted
  | ImprovementPlanOpened
  | ImprovementPlanGoalsSet
  | FollowUpScheduled
  | FollowUpHeld
  | ImprovementPlanClosed;
