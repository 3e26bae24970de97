import type { PublishedEvent } from '@sales/shared/domain';
import { meetingPublishedEvent } from '@sales/appraisal/events';
import type { MeetingEvent } from './meeting-events';
import type { Meeting } from './meeting';

/**
 * What other contexts see of a meeting: who held it, who came and who did not, and each action's
 * owner and due date; when an action is done. Absence reasons, misses and their causes, and what
 * the actions say stay internal (read through the API, within scope).
 */
export function publishMeetingEvent(event: MeetingEvent, meeting: Meeting): readonly PublishedEvent[] {
  switch (event.type) {
    case 'MeetingRecorded': {
      const { meetingId, divisionId, heldOn, heldBy, attendeeIds, absences, actions } = event.data;
      return [
        meetingPublishedEvent('MeetingHeld', {
          meetingId,
          divisionId,
          heldOn,
          heldBy,
          attendeeIds: [...attendeeIds],
          absenteeIds: absences.map((a) => a.personId),
          actions: actions.map(({ actionId, ownerId, dueOn }) => ({ actionId, ownerId, dueOn })),
        }),
      ];
    }
    case 'MeetingActionCompleted': {
      if (meeting.status === 'none') return [];
      const { meetingId, actionId, completedOn, completedBy } = event.data;
      const action = meeting.actions.find((a) => a.actionId === actionId);
      if (!action) return [];
      return [
        meetingPublishedEvent('MeetingActionCompleted', {
          meetingId,
          actionId,
          ownerId: action.ownerId,
          dueOn: action.dueOn,
          completedOn,
          completedBy,
          late: completedOn > action.dueOn,
        }),
      ];
    }
  }
}
