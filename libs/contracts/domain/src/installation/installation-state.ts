import type { BusinessDate } from '@sales/shared/domain';
import {
  INSTALLATION_MILESTONES,
  type InstallationMilestone,
  type ScreenRequirement,
} from '@sales/contracts/events';
import type { InstallationEvent } from './installation-events';

export type MilestoneDelay = Readonly<{
  previousDate: BusinessDate;
  newDate: BusinessDate;
  reason: string;
  by: string;
  recordedOn: BusinessDate;
}>;

export type MilestoneState = Readonly<{
  /** The date planned now (the last delay's new date), null until planned. */
  plannedOn: BusinessDate | null;
  /** The first plan, before any delay. */
  originallyPlannedOn: BusinessDate | null;
  delays: readonly MilestoneDelay[];
  reached: Readonly<{
    on: BusinessDate;
    recordedBy: string;
    recordedOn: BusinessDate;
    acceptedBy: string | null;
  }> | null;
}>;

export type SiteSurvey = Readonly<{
  surveyedOn: BusinessDate;
  siteConditions: string;
  screens: readonly ScreenRequirement[];
  notes: string;
  recordedBy: string;
  recordedOn: BusinessDate;
}>;

/** One contract's installation (`installation-<contractId>`). */
export type InstallationState = Readonly<{
  contractId: string | null;
  installerIds: readonly string[];
  /** Every survey fed back, the latest last (it is the one in force). */
  surveys: readonly SiteSurvey[];
  milestones: Readonly<Record<InstallationMilestone, MilestoneState>>;
}>;

const notStarted = (): MilestoneState => ({
  plannedOn: null,
  originallyPlannedOn: null,
  delays: [],
  reached: null,
});

export const initialInstallationState = (): InstallationState => ({
  contractId: null,
  installerIds: [],
  surveys: [],
  milestones: { start: notStarted(), finish: notStarted(), commission: notStarted(), accept: notStarted() },
});

function withMilestone(
  state: InstallationState,
  milestone: InstallationMilestone,
  change: (m: MilestoneState) => MilestoneState,
): InstallationState['milestones'] {
  return { ...state.milestones, [milestone]: change(state.milestones[milestone]) };
}

export function evolveInstallation(state: InstallationState, event: InstallationEvent): InstallationState {
  const contractId = event.data.party.contractId;
  const { recordedOn } = event.data;
  switch (event.type) {
    case 'InstallersAssigned':
      return { ...state, contractId, installerIds: event.data.installerIds };
    case 'SiteSurveyRecorded': {
      const { surveyedOn, siteConditions, screens, notes, recordedBy } = event.data;
      const survey = { surveyedOn, siteConditions, screens, notes, recordedBy, recordedOn };
      return { ...state, contractId, surveys: [...state.surveys, survey] };
    }
    case 'MilestonePlanned': {
      const { milestone, plannedOn } = event.data;
      const milestones = withMilestone(state, milestone, (m) => ({
        ...m,
        plannedOn,
        originallyPlannedOn: m.originallyPlannedOn ?? plannedOn,
      }));
      return { ...state, contractId, milestones };
    }
    case 'MilestoneDelayed': {
      const { milestone, previousDate, newDate, reason, delayedBy } = event.data;
      const delay = { previousDate, newDate, reason, by: delayedBy, recordedOn };
      const milestones = withMilestone(state, milestone, (m) => ({
        ...m,
        plannedOn: newDate,
        delays: [...m.delays, delay],
      }));
      return { ...state, contractId, milestones };
    }
    case 'MilestoneReached': {
      const { milestone, on, recordedBy, acceptedBy } = event.data;
      const milestones = withMilestone(state, milestone, (m) => ({
        ...m,
        reached: { on, recordedBy, recordedOn, acceptedBy },
      }));
      return { ...state, contractId, milestones };
    }
  }
}

/** The milestone that must be reached before `milestone` (none before 安装开始). */
export function previousMilestone(milestone: InstallationMilestone): InstallationMilestone | null {
  const index = INSTALLATION_MILESTONES.indexOf(milestone);
  return index > 0 ? INSTALLATION_MILESTONES[index - 1] : null;
}

/** Milestones whose planned date has passed (before `today`) and that are not reached. */
export function overdueMilestones(state: InstallationState, today: BusinessDate) {
  return INSTALLATION_MILESTONES.flatMap((milestone) => {
    const m = state.milestones[milestone];
    if (m.reached || m.plannedOn === null || m.plannedOn >= today) return [];
    return [{ milestone, plannedOn: m.plannedOn, delays: m.delays.length }];
  });
}
