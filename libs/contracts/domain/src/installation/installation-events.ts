import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { InstallationMilestone, ScreenRequirement } from '@sales/contracts/events';

/** Who an installation fact concerns: the contract, its customer, owner and division when recorded. */
export type InstallationParty = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
}>;

type Facts<Data> = Readonly<{ party: InstallationParty; recordedOn: BusinessDate }> & Data;

export type InstallersAssigned = DomainEvent<
  'InstallersAssigned',
  Facts<Readonly<{ installerIds: readonly string[]; assignedBy: string }>>
>;

/** 现场情况及屏幕要求, fed back by an assigned installer. */
export type SiteSurveyRecorded = DomainEvent<
  'SiteSurveyRecorded',
  Facts<
    Readonly<{
      surveyedOn: BusinessDate;
      siteConditions: string;
      screens: readonly ScreenRequirement[];
      notes: string;
      recordedBy: string;
    }>
  >
>;

export type MilestonePlanned = DomainEvent<
  'MilestonePlanned',
  Facts<Readonly<{ milestone: InstallationMilestone; plannedOn: BusinessDate; plannedBy: string }>>
>;

export type MilestoneDelayed = DomainEvent<
  'MilestoneDelayed',
  Facts<
    Readonly<{
      milestone: InstallationMilestone;
      previousDate: BusinessDate;
      newDate: BusinessDate;
      reason: string;
      delayedBy: string;
    }>
  >
>;

/** A milestone reached on its date; for 验收 also who accepted for the customer. */
export type MilestoneReached = DomainEvent<
  'MilestoneReached',
  Facts<
    Readonly<{
      milestone: InstallationMilestone;
      on: BusinessDate;
      recordedBy: string;
      acceptedBy: string | null;
    }>
  >
>;

export type InstallationEvent =
  | InstallersAssigned
  | SiteSurveyRecorded
  | MilestonePlanned
  | MilestoneDelayed
  | MilestoneReached;
