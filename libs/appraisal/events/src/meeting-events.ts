import { type PublishedEvent, publishedEventFactory } from '@sales/shared/domain';
import { MEETING_EVENT_SPECS } from './meeting-event-specs';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * 销售会议 (A3)'s PUBLISHED events (`sales.appraisal.events`, key = meeting id): ids, dates and
 * who owns which action by when. Absence reasons, the misses discussed and their causes, and what
 * the actions say are free text about people and stay internal.
 */

/** A sales meeting held (by a division manager for their division, or by the VP). */
export type MeetingHeldV1 = PublishedEvent<
  'MeetingHeld',
  Readonly<{
    meetingId: string;
    divisionId: string | null;
    heldOn: BusinessDate;
    heldBy: string;
    attendeeIds: readonly string[];
    absenteeIds: readonly string[];
    actions: readonly Readonly<{ actionId: string; ownerId: string; dueOn: BusinessDate }>[];
  }>
>;

/** A decided action followed up: done (`late` when after its due date). */
export type MeetingActionCompletedV1 = PublishedEvent<
  'MeetingActionCompleted',
  Readonly<{
    meetingId: string;
    actionId: string;
    ownerId: string;
    dueOn: BusinessDate;
    completedOn: BusinessDate;
    completedBy: string;
    late: boolean;
  }>
>;

export type MeetingPublishedEvent = MeetingHeldV1 | MeetingActionCompletedV1;

/** A published meeting event at its current version (for the meeting's publication). */
export const meetingPublishedEvent = publishedEventFactory<MeetingPublishedEvent>(MEETING_EVENT_SPECS);
