import type { InstallationMilestone, ScreenRequirement } from '@sales/contracts/events';
import type { ActiveDirective } from '../directives/directive-state';
import { contract } from '../receivables/receivables.fixture';
import type { InstallationPerson } from './installation-commands';
import type {
  InstallationParty,
  InstallersAssigned,
  MilestoneDelayed,
  MilestonePlanned,
  MilestoneReached,
} from './installation-events';

/* Event factories and people for the installation specs (the contract k-1 of 李娜, 华东, signed 2027-01-10). */

export { contract };
export const today = '2027-03-01';

export const salesAdmin: InstallationPerson = { personId: 'p-admin-sun', role: 'sales_admin' };
export const installer: InstallationPerson = { personId: 'p-inst', role: 'installer' };
export const otherInstaller: InstallationPerson = { personId: 'p-inst-2', role: 'installer' };
export const owner: InstallationPerson = { personId: 'p-li', role: 'salesperson' };

export const party: InstallationParty = {
  contractId: 'k-1',
  customerId: 'c-1',
  ownerId: 'p-li',
  divisionId: 'd-east',
};

export const screen: ScreenRequirement = {
  name: '大厅主屏',
  widthMm: 6400,
  heightMm: 3600,
  pixelPitchUm: 2500,
  environment: 'indoor',
  mounting: 'wall',
};

export const assigned = (...installerIds: string[]): InstallersAssigned => ({
  type: 'InstallersAssigned',
  data: { party, recordedOn: '2027-01-20', installerIds, assignedBy: 'p-admin-sun' },
});

export const planned = (milestone: InstallationMilestone, plannedOn: string): MilestonePlanned => ({
  type: 'MilestonePlanned',
  data: { party, recordedOn: '2027-01-20', milestone, plannedOn, plannedBy: 'p-admin-sun' },
});

export const delayed = (
  milestone: InstallationMilestone,
  previousDate: string,
  newDate: string,
  reason = '客户场地土建未完成',
): MilestoneDelayed => ({
  type: 'MilestoneDelayed',
  data: { party, recordedOn: today, milestone, previousDate, newDate, reason, delayedBy: 'p-admin-sun' },
});

export const reached = (
  milestone: InstallationMilestone,
  on: string,
  acceptedBy: string | null = null,
): MilestoneReached => ({
  type: 'MilestoneReached',
  data: { party, recordedOn: today, milestone, on, recordedBy: 'p-inst', acceptedBy },
});

export const stop: ActiveDirective = {
  directiveId: 'dir-1',
  reason: '脚手架不合格',
  issuedBy: 'p-safety',
  issuedOn: '2027-02-25',
  issuedAt: '2027-02-25T02:00:00.000Z',
};
