import type { PublishedEvent } from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import type { InstallationEvent } from './installation-events';
import type { InstallationState } from './installation-state';

const REACHED = {
  start: 'InstallationStarted',
  finish: 'InstallationFinished',
  commission: 'InstallationCommissioned',
} as const;

/**
 * What other contexts and outside systems see of an installation: each internal event as its
 * published v1 with the contract's party flattened in; a reached milestone as its own type, with
 * the planned date then in force (so a subscriber sees lateness without asking).
 */
export function publishInstallation(
  event: InstallationEvent,
  state: InstallationState,
): readonly PublishedEvent[] {
  const { party, recordedOn } = event.data;
  switch (event.type) {
    case 'InstallersAssigned':
      return [
        contractsPublishedEvent('InstallersAssigned', {
          ...party,
          installerIds: event.data.installerIds,
          assignedBy: event.data.assignedBy,
          assignedOn: recordedOn,
        }),
      ];
    case 'SiteSurveyRecorded': {
      const { surveyedOn, siteConditions, screens, notes, recordedBy } = event.data;
      return [
        contractsPublishedEvent('SiteSurveyRecorded', {
          ...party,
          surveyedOn,
          siteConditions,
          screens,
          notes,
          recordedBy,
        }),
      ];
    }
    case 'MilestonePlanned': {
      const { milestone, plannedOn, plannedBy } = event.data;
      return [
        contractsPublishedEvent('InstallationMilestonePlanned', {
          ...party,
          milestone,
          plannedOn,
          plannedBy,
          recordedOn,
        }),
      ];
    }
    case 'MilestoneDelayed': {
      const { milestone, previousDate, newDate, reason, delayedBy } = event.data;
      return [
        contractsPublishedEvent('InstallationMilestoneDelayed', {
          ...party,
          milestone,
          previousDate,
          newDate,
          reason,
          delayedBy,
          recordedOn,
        }),
      ];
    }
    case 'MilestoneReached': {
      const { milestone, on, recordedBy, acceptedBy } = event.data;
      const reached = {
        ...party,
        on,
        plannedOn: state.milestones[milestone].plannedOn,
        recordedBy,
        recordedOn,
      };
      if (milestone === 'accept')
        return [
          contractsPublishedEvent('InstallationAccepted', { ...reached, acceptedBy: acceptedBy ?? '' }),
        ];
      return [contractsPublishedEvent(REACHED[milestone], reached)];
    }
  }
}
