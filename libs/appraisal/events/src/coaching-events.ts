import { type PublishedEvent, publishedEventFactory } from '@sales/shared/domain';
import { COACHING_EVENT_SPECS } from './coaching-event-specs';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * 培训和指导 (A4)'s PUBLISHED events (key = the coached person's id): who coaches whom, when, and
 * a plan's dates and outcome. Topics, agreements, goals and progress notes stay internal.
 */

export type OneOnOneHeldV1 = PublishedEvent<
  'OneOnOneHeld',
  Readonly<{ personId: string; sessionId: string; coachId: string; heldOn: BusinessDate }>
>;

export type ImprovementPlanOpenedV1 = PublishedEvent<
  'ImprovementPlanOpened',
  Readonly<{
    personId: string;
    planId: string;
    coachId: string | null;
    startsOn: BusinessDate;
    followUpDates: readonly BusinessDate[];
    /** The cycle whose help step (帮助) opened it; null for a plan a manager opened. */
    cycleId: string | null;
    openedBy: 'ladder' | 'manager';
  }>
>;

export type ImprovementFollowUpScheduledV1 = PublishedEvent<
  'ImprovementFollowUpScheduled',
  Readonly<{ personId: string; planId: string; followUpId: string; dueOn: BusinessDate }>
>;

export type ImprovementFollowUpHeldV1 = PublishedEvent<
  'ImprovementFollowUpHeld',
  Readonly<{
    personId: string;
    planId: string;
    followUpId: string;
    dueOn: BusinessDate;
    heldOn: BusinessDate;
  }>
>;

export type ImprovementPlanClosedV1 = PublishedEvent<
  'ImprovementPlanClosed',
  Readonly<{
    personId: string;
    planId: string;
    outcome: 'improved' | 'partly-improved' | 'not-improved';
    closedOn: BusinessDate;
    closedBy: string;
  }>
>;

export type CoachingPublishedEvent =
  | OneOnOneHeldV1
  | ImprovementPlanOpenedV1
  | ImprovementFollowUpScheduledV1
  | ImprovementFollowUpHeldV1
  | ImprovementPlanClosedV1;

/** A published coaching event at its current version (for the coaching file's publication). */
export const coachingPublishedEvent = publishedEventFactory<CoachingPublishedEvent>(COACHING_EVENT_SPECS);
