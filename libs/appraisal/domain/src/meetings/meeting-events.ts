import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

/*
 * 销售会议 (A3)'s internal events. Why someone was absent, the causes of a miss, the measures and
 * what an action says are free text about people: they stay here. What is published
 * (`@sales/appraisal/events`) is ids, dates and who owns which action by when.
 */

/** 缺席 and why. */
export type MeetingAbsence = Readonly<{ personId: string; reason: string }>;

/** 未达成: a person's miss discussed at the meeting, its cause and the measure agreed (改善对策). */
export type MeetingMiss = Readonly<{ personId: string; cause: string; measure: string }>;

/** 决议事项: what was decided, who owns it and by when. */
export type MeetingAction = Readonly<{
  actionId: string;
  description: string;
  ownerId: string;
  dueOn: BusinessDate;
}>;

export type MeetingRecorded = DomainEvent<
  'MeetingRecorded',
  Readonly<{
    meetingId: string;
    /** The division the meeting was for; null for a department meeting held by the VP. */
    divisionId: string | null;
    heldOn: BusinessDate;
    heldBy: string;
    attendeeIds: readonly string[];
    absences: readonly MeetingAbsence[];
    misses: readonly MeetingMiss[];
    actions: readonly MeetingAction[];
  }>
>;

export type MeetingActionCompleted = DomainEvent<
  'MeetingActionCompleted',
  Readonly<{
    meetingId: string;
    actionId: string;
    completedOn: BusinessDate;
    completedBy: string;
    note: string;
  }>
>;

export type MeetingEvent = MeetingRecorded | MeetingActionCompleted;
