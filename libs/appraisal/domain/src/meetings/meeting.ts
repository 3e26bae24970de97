import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
} from '@sales/shared/domain';
import type { CompleteMeetingAction, MeetingCommand, RecordMeeting } from './meeting-commands';
import type { MeetingEvent, MeetingRecorded } from './meeting-events';
import { publishMeetingEvent } from './meeting-publication';
import { type TeamView, divisionsManagedBy, manages, teamMember } from './team-scope';

/** Who completed an action, when, and how. */
export type ActionDone = Readonly<{ completedOn: string; completedBy: string; note: string }>;

/** 销售会议 (A3): one meeting and the follow-up of what it decided. */
export type Meeting =
  | Readonly<{ status: 'none' }>
  | (Readonly<{ status: 'recorded'; done: Readonly<Record<string, ActionDone>> }> & MeetingRecorded['data']);

export type RecordedMeeting = Extract<Meeting, { status: 'recorded' }>;

export const meetingDecider: Aggregate<Meeting, MeetingCommand, MeetingEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
  publish: publishMeetingEvent,
};

function evolve(meeting: Meeting, event: MeetingEvent): Meeting {
  switch (event.type) {
    case 'MeetingRecorded':
      return { status: 'recorded', ...event.data, done: {} };
    case 'MeetingActionCompleted': {
      if (meeting.status === 'none') return meeting;
      const { actionId, completedOn, completedBy, note } = event.data;
      return { ...meeting, done: { ...meeting.done, [actionId]: { completedOn, completedBy, note } } };
    }
  }
}

function decide(command: MeetingCommand, meeting: Meeting): MeetingEvent[] {
  switch (command.type) {
    case 'RecordMeeting':
      return record(command.data, meeting);
    case 'CompleteMeetingAction':
      return complete(command.data, meeting);
    default:
      return assertNever(command);
  }
}

function record(data: RecordMeeting['data'], meeting: Meeting): MeetingEvent[] {
  const { actor, meetingId, divisionId, heldOn, team, today } = data;
  if (meeting.status !== 'none') throw new ConflictError('meeting-id-taken', { meetingId });
  authorizeHolder(data);
  if (heldOn > today) throw new DomainError('meeting-in-future', { field: 'heldOn', heldOn, today });
  const attendeeIds = [...new Set(data.attendeeIds)];
  if (attendeeIds.length === 0) throw new DomainError('meeting-attendees-required', { field: 'attendeeIds' });
  attendeeIds.forEach((personId, i) => requirePerson(team, personId, `attendeeIds[${i}]`));
  const absences = data.absences.map(({ personId, reason }, i) => {
    requirePerson(team, personId, `absences[${i}].personId`);
    // 缺席须说明原因: an absence the meeting cannot explain is one nobody follows up.
    if (!reason.trim())
      throw new DomainError('meeting-absence-reason-required', { field: `absences[${i}].reason`, personId });
    if (attendeeIds.includes(personId))
      throw new DomainError('meeting-attendee-absent', { field: `absences[${i}].personId`, personId });
    return { personId, reason: reason.trim() };
  });
  const misses = data.misses.map(({ personId, cause, measure }, i) => {
    requirePerson(team, personId, `misses[${i}].personId`);
    // 研讨绩效未达成的真正原因: a miss recorded without its cause teaches nothing.
    if (!cause.trim())
      throw new DomainError('meeting-miss-cause-required', { field: `misses[${i}].cause`, personId });
    return { personId, cause: cause.trim(), measure: measure.trim() };
  });
  const seen = new Set<string>();
  const actions = data.actions.map(({ actionId, description, ownerId, dueOn }, i) => {
    if (seen.has(actionId))
      throw new DomainError('meeting-action-id-repeated', { field: `actions[${i}].actionId`, actionId });
    seen.add(actionId);
    if (!description.trim())
      throw new DomainError('meeting-action-description-required', { field: `actions[${i}].description` });
    // A decision nobody owns, or with no date, is never followed up (追踪).
    if (!ownerId) throw new DomainError('meeting-action-owner-required', { field: `actions[${i}].ownerId` });
    if (!dueOn) throw new DomainError('meeting-action-due-required', { field: `actions[${i}].dueOn` });
    requirePerson(team, ownerId, `actions[${i}].ownerId`);
    if (dueOn < heldOn)
      throw new DomainError('meeting-action-due-before-meeting', {
        field: `actions[${i}].dueOn`,
        dueOn,
        heldOn,
      });
    return { actionId, description: description.trim(), ownerId, dueOn };
  });
  return [
    {
      type: 'MeetingRecorded',
      data: {
        meetingId,
        divisionId,
        heldOn,
        heldBy: actor.userId,
        attendeeIds,
        absences,
        misses,
        actions,
      },
    },
  ];
}

/** 事业部经理 holds their division's meeting; 业务副总 any, or the whole department's (no division). */
function authorizeHolder({ actor, divisionId, team }: RecordMeeting['data']): void {
  if (divisionId !== null && !team.divisions.some((d) => d.id === divisionId))
    throw new NotFoundError('meeting-division-unknown', { field: 'divisionId', divisionId });
  if (actor.role === 'vp') return;
  if (actor.role !== 'division_manager')
    throw new ForbiddenError('meeting-holder-role', { role: actor.role });
  if (divisionId === null || !divisionsManagedBy(team, actor.userId).includes(divisionId))
    throw new ForbiddenError('meeting-not-your-division', { divisionId, userId: actor.userId });
}

function requirePerson(team: TeamView, personId: string, field: string): void {
  if (!teamMember(team, personId)) throw new NotFoundError('meeting-person-unknown', { field, personId });
}

function complete(data: CompleteMeetingAction['data'], meeting: Meeting): MeetingEvent[] {
  const { actor, actionId, note, team, today } = data;
  if (meeting.status === 'none') throw new NotFoundError('meeting-not-found', {});
  const { meetingId } = meeting;
  const action = meeting.actions.find((a) => a.actionId === actionId);
  if (!action) throw new NotFoundError('meeting-action-not-found', { meetingId, actionId });
  if (meeting.done[actionId])
    throw new DomainError('meeting-action-already-done', { meetingId, actionId, ...meeting.done[actionId] });
  if (!mayFollowUp(actor.userId, actor.role, meeting, action.ownerId, team))
    throw new ForbiddenError('meeting-action-not-yours', { meetingId, actionId, ownerId: action.ownerId });
  return [
    {
      type: 'MeetingActionCompleted',
      data: { meetingId, actionId, completedOn: today, completedBy: actor.userId, note: note.trim() },
    },
  ];
}

/** The action's owner, whoever held the meeting, a manager of the owner, or the VP. */
function mayFollowUp(
  userId: string,
  role: string,
  meeting: RecordedMeeting,
  ownerId: string,
  team: TeamView,
): boolean {
  return role === 'vp' || userId === ownerId || userId === meeting.heldBy || manages(team, userId, ownerId);
}
