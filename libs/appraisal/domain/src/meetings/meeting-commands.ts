import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { MeetingAbsence, MeetingAction, MeetingMiss } from './meeting-events';
import type { TeamView } from './team-scope';

/** One meeting is one stream: `meeting-<meetingId>`. */
export const meetingStreamId = (meetingId: string) => `meeting-${meetingId}`;
export const MEETING_STREAM_PREFIX = 'meeting-';

/** The division manager (their division) or the VP records a meeting held, with what it decided. */
export type RecordMeeting = Command<
  'RecordMeeting',
  Readonly<{
    actor: Actor;
    meetingId: string;
    divisionId: string | null;
    heldOn: BusinessDate;
    attendeeIds: readonly string[];
    absences: readonly MeetingAbsence[];
    misses: readonly MeetingMiss[];
    actions: readonly MeetingAction[];
    team: TeamView;
    today: BusinessDate;
  }>
>;

/** An action followed up: done, on today's date. */
export type CompleteMeetingAction = Command<
  'CompleteMeetingAction',
  Readonly<{ actor: Actor; actionId: string; note: string; team: TeamView; today: BusinessDate }>
>;

export type MeetingCommand = RecordMeeting | CompleteMeetingAction;
