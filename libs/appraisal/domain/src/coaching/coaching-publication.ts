import type { PublishedEvent } from '@sales/shared/domain';
import { coachingPublishedEvent } from '@sales/appraisal/events';
import type { CoachingEvent } from './coaching-events';
import type { CoachingFile } from './coaching-file';

/**
 * What other contexts see of coaching: that a one-on-one was held, a plan opened (and whether the
 * ladder opened it), follow-ups scheduled and held, and the plan's outcome — ids, dates, status.
 * Topics, agreements, goals, progress and notes stay internal; joint visits are customers' own
 * published facts and are not published again.
 */
export function publishCoachingEvent(event: CoachingEvent, file: CoachingFile): readonly PublishedEvent[] {
  switch (event.type) {
    case 'OneOnOneRecorded': {
      const { personId, sessionId, coachId, heldOn } = event.data;
      return [coachingPublishedEvent('OneOnOneHeld', { personId, sessionId, coachId, heldOn })];
    }
    case 'ImprovementPlanOpened': {
      const { personId, planId, coachId, startsOn, trigger, followUps } = event.data;
      return [
        coachingPublishedEvent('ImprovementPlanOpened', {
          personId,
          planId,
          coachId,
          startsOn,
          followUpDates: followUps.map((f) => f.dueOn),
          cycleId: trigger.kind === 'ladder' ? trigger.cycleId : null,
          openedBy: trigger.kind === 'ladder' ? 'ladder' : 'manager',
        }),
      ];
    }
    case 'FollowUpScheduled': {
      const { personId, planId, followUpId, dueOn } = event.data;
      return [
        coachingPublishedEvent('ImprovementFollowUpScheduled', { personId, planId, followUpId, dueOn }),
      ];
    }
    case 'FollowUpHeld': {
      const { personId, planId, followUpId, heldOn } = event.data;
      const dueOn =
        file.plans.find((p) => p.planId === planId)?.followUps.find((f) => f.followUpId === followUpId)
          ?.dueOn ?? heldOn;
      return [
        coachingPublishedEvent('ImprovementFollowUpHeld', { personId, planId, followUpId, dueOn, heldOn }),
      ];
    }
    case 'ImprovementPlanClosed': {
      const { personId, planId, outcome, closedOn, closedBy } = event.data;
      return [
        coachingPublishedEvent('ImprovementPlanClosed', { personId, planId, outcome, closedOn, closedBy }),
      ];
    }
    case 'JointVisitNoted':
    case 'ImprovementPlanGoalsSet':
      return [];
  }
}
