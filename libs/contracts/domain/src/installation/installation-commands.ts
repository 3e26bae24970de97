import type { BusinessDate, Command, Role } from '@sales/shared/domain';
import type { InstallationMilestone, ScreenRequirement } from '@sales/contracts/events';
import type { ActiveDirective } from '../directives/directive-state';
import type { ContractView } from '../signing/contract-terms';

/** Who acts, as the service found them in the org tree today (IT admin from the token). */
export type InstallationPerson = Readonly<{ personId: string; role: Role | null }>;

/** Every installation command is decided against the contract as `contractView` reads it now. */
type Circumstances = Readonly<{ contract: ContractView; by: InstallationPerson; today: BusinessDate }>;

/**
 * 指派安装人员: the whole set, replacing the one before. Each named person comes with their role
 * in the org tree today (null when the tree does not know them), so the decider checks it.
 */
export type AssignInstallers = Command<
  'AssignInstallers',
  Circumstances & Readonly<{ installers: readonly InstallationPerson[] }>
>;

export type RecordSiteSurvey = Command<
  'RecordSiteSurvey',
  Circumstances &
    Readonly<{
      surveyedOn: BusinessDate;
      siteConditions: string;
      screens: readonly ScreenRequirement[];
      notes: string;
    }>
>;

export type PlanMilestone = Command<
  'PlanMilestone',
  Circumstances & Readonly<{ milestone: InstallationMilestone; plannedOn: BusinessDate }>
>;

export type DelayMilestone = Command<
  'DelayMilestone',
  Circumstances & Readonly<{ milestone: InstallationMilestone; newDate: BusinessDate; reason: string }>
>;

/**
 * 安装开始 / 安装完成 / 调试 / 验收 on a date. `activeDirectives` are the contract's stop
 * directives in force, read by the service just before (the decider stays pure).
 */
export type RecordMilestone = Command<
  'RecordMilestone',
  Circumstances &
    Readonly<{
      milestone: InstallationMilestone;
      on: BusinessDate;
      /** 验收人 for the customer; required for `accept`, ignored otherwise. */
      acceptedBy?: string;
      activeDirectives: readonly ActiveDirective[];
    }>
>;

export type InstallationCommand =
  | AssignInstallers
  | RecordSiteSurvey
  | PlanMilestone
  | DelayMilestone
  | RecordMilestone;
