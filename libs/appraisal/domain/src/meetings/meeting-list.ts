import type { Actor, BusinessDate } from '@sales/shared/domain';
import type { MeetingAction } from './meeting-events';
import type { ActionDone, RecordedMeeting } from './meeting';
import { READS_WHOLE_TEAM, type TeamView, canSeePerson, divisionsManagedBy } from './team-scope';

/** 跟进状态 by the clock: done, open (due today or later) or overdue (past its due date, not done). */
export type ActionStatus = 'open' | 'done' | 'overdue';
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'overdue'];

export function actionStatus(
  action: MeetingAction,
  done: ActionDone | undefined,
  today: BusinessDate,
): ActionStatus {
  if (done) return 'done';
  return action.dueOn < today ? 'overdue' : 'open';
}

/** Everyone a meeting names: attendees, absentees, people whose misses it discussed, action owners. */
function named(meeting: RecordedMeeting): string[] {
  return [
    ...meeting.attendeeIds,
    ...meeting.absences.map((a) => a.personId),
    ...meeting.misses.map((m) => m.personId),
    ...meeting.actions.map((a) => a.ownerId),
  ];
}

/**
 * Whether `actor` reads the meeting: the VP, 总经理 and 市场部主管 all; a division manager their
 * division's meetings and those they held; anyone a meeting names (as attendee, absentee, for a
 * miss or as an action's owner) that meeting — with only their own absence and miss (`visibleTo`).
 */
export function canReadMeeting(actor: Actor, team: TeamView, meeting: RecordedMeeting): boolean {
  if (READS_WHOLE_TEAM.includes(actor.role) || meeting.heldBy === actor.userId) return true;
  if (meeting.divisionId && divisionsManagedBy(team, actor.userId).includes(meeting.divisionId)) return true;
  return named(meeting).includes(actor.userId);
}

/** A meeting as `actor` may read it: others' absences and misses only for those who see those people. */
export function meetingVisibleTo(actor: Actor, team: TeamView, meeting: RecordedMeeting): RecordedMeeting {
  const sees = (personId: string) => canSeePerson(actor, team, personId) || meeting.heldBy === actor.userId;
  return {
    ...meeting,
    absences: meeting.absences.filter((a) => sees(a.personId)),
    misses: meeting.misses.filter((m) => sees(m.personId)),
  };
}

export type MeetingFilter = Readonly<{ divisionId?: string; from?: BusinessDate; to?: BusinessDate }>;

/** The meetings `actor` reads, newest first. */
export function listMeetings(
  meetings: readonly RecordedMeeting[],
  actor: Actor,
  team: TeamView,
  filter: MeetingFilter = {},
): RecordedMeeting[] {
  return meetings
    .filter((m) => canReadMeeting(actor, team, m))
    .filter(
      (m) =>
        (filter.divisionId === undefined || m.divisionId === filter.divisionId) &&
        (filter.from === undefined || m.heldOn >= filter.from) &&
        (filter.to === undefined || m.heldOn <= filter.to),
    )
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.meetingId.localeCompare(b.meetingId))
    .map((m) => meetingVisibleTo(actor, team, m));
}

export type FollowedAction = MeetingAction &
  Readonly<{
    meetingId: string;
    heldOn: BusinessDate;
    divisionId: string | null;
    status: ActionStatus;
    done: ActionDone | null;
  }>;

/**
 * 决议跟进: the actions `actor` follows, with their status as of `today`, by due date. A
 * salesperson follows their own; a division manager those of their division's meetings and their
 * people's; the VP, 总经理 and 市场部主管 all.
 */
export function followedActions(
  meetings: readonly RecordedMeeting[],
  actor: Actor,
  team: TeamView,
  today: BusinessDate,
  status?: ActionStatus,
): FollowedAction[] {
  const managed = divisionsManagedBy(team, actor.userId);
  return meetings
    .flatMap((m) =>
      m.actions.map(
        (a): FollowedAction => ({
          ...a,
          meetingId: m.meetingId,
          heldOn: m.heldOn,
          divisionId: m.divisionId,
          status: actionStatus(a, m.done[a.actionId], today),
          done: m.done[a.actionId] ?? null,
        }),
      ),
    )
    .filter(
      (a) =>
        READS_WHOLE_TEAM.includes(actor.role) ||
        a.ownerId === actor.userId ||
        (actor.role === 'division_manager' &&
          ((a.divisionId !== null && managed.includes(a.divisionId)) ||
            canSeePerson(actor, team, a.ownerId))),
    )
    .filter((a) => status === undefined || a.status === status)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.meetingId.localeCompare(b.meetingId));
}
