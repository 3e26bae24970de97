import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  assertNever,
} from '@sales/shared/domain';
import type { InstallationMilestone } from '@sales/contracts/events';
import type {
  AssignInstallers,
  DelayMilestone,
  InstallationCommand,
  PlanMilestone,
  RecordMilestone,
  RecordSiteSurvey,
} from './installation-commands';
import type { InstallationEvent } from './installation-events';
import { publishInstallation } from './installation-publication';
import {
  assertAssignedInstaller,
  assertDate,
  assertNotFuture,
  assertOpen,
  assertPlanner,
  assertSalesAdmin,
  assertScreens,
  assertText,
  isAssignedInstaller,
  partyOf,
} from './installation-rules';
import {
  type InstallationState,
  evolveInstallation,
  initialInstallationState,
  previousMilestone,
} from './installation-state';

/*
 * 现场与安装 (K4): one stream per contract, `installation-<contractId>`, decided against the
 * contract as `contractView` reads it and, for milestones, the stop directives (K6) in force.
 */

export const INSTALLATION_STREAM_PREFIX = 'installation-';
export const installationStreamId = (contractId: string) => `${INSTALLATION_STREAM_PREFIX}${contractId}`;

function assignInstallers(data: AssignInstallers['data'], state: InstallationState): InstallationEvent[] {
  const { contract, by, today, installers } = data;
  assertSalesAdmin(by);
  assertOpen(contract);
  const installerIds = [...new Set(installers.map((i) => i.personId))];
  if (installerIds.length === 0) throw new DomainError('installers-required', { field: 'installerIds' });
  // People with the installer role in the org tree as of today; anyone else is refused by name.
  const notInstaller = installers.find((i) => i.role !== 'installer');
  if (notInstaller)
    throw new DomainError('not-an-installer', {
      field: 'installerIds',
      personId: notInstaller.personId,
      role: notInstaller.role,
    });
  const same =
    installerIds.length === state.installerIds.length &&
    installerIds.every((id) => state.installerIds.includes(id));
  if (same) return [];
  return [
    {
      type: 'InstallersAssigned',
      data: { party: partyOf(contract), recordedOn: today, installerIds, assignedBy: by.personId },
    },
  ];
}

function recordSurvey(data: RecordSiteSurvey['data'], state: InstallationState): InstallationEvent[] {
  const { contract, by, today, surveyedOn } = data;
  assertAssignedInstaller(by, state, contract.terms.contractId);
  assertOpen(contract);
  assertDate('surveyedOn', surveyedOn);
  assertNotFuture('surveyedOn', surveyedOn, today);
  const siteConditions = assertText('siteConditions', data.siteConditions, 'installation-text-required');
  const screens = assertScreens(data.screens);
  return [
    {
      type: 'SiteSurveyRecorded',
      data: {
        party: partyOf(contract),
        recordedOn: today,
        surveyedOn,
        siteConditions,
        screens,
        notes: (data.notes ?? '').trim(),
        recordedBy: by.personId,
      },
    },
  ];
}

function assertNotReached(state: InstallationState, milestone: InstallationMilestone) {
  const reached = state.milestones[milestone].reached;
  if (reached) throw new ConflictError('milestone-already-reached', { milestone, on: reached.on });
}

function planMilestone(data: PlanMilestone['data'], state: InstallationState): InstallationEvent[] {
  const { contract, by, today, milestone, plannedOn } = data;
  assertPlanner(by, contract);
  assertOpen(contract);
  assertDate('plannedOn', plannedOn);
  const current = state.milestones[milestone];
  if (current.plannedOn === plannedOn) return [];
  assertNotReached(state, milestone);
  // Once planned, a later date is a delay with its reason (announced at once), never a silent edit.
  if (current.plannedOn !== null)
    throw new ConflictError('milestone-already-planned', { milestone, plannedOn: current.plannedOn });
  return [
    {
      type: 'MilestonePlanned',
      data: { party: partyOf(contract), recordedOn: today, milestone, plannedOn, plannedBy: by.personId },
    },
  ];
}

function delayMilestone(data: DelayMilestone['data'], state: InstallationState): InstallationEvent[] {
  const { contract, by, today, milestone, newDate } = data;
  if (!isAssignedInstaller(by, state)) assertPlanner(by, contract);
  assertOpen(contract);
  assertDate('newDate', newDate);
  const reason = assertText('reason', data.reason, 'installation-reason-required');
  const current = state.milestones[milestone];
  assertNotReached(state, milestone);
  if (current.plannedOn === null) throw new ConflictError('milestone-not-planned', { milestone });
  if (newDate <= current.plannedOn)
    throw new DomainError('delay-not-later', { field: 'newDate', newDate, plannedOn: current.plannedOn });
  return [
    {
      type: 'MilestoneDelayed',
      data: {
        party: partyOf(contract),
        recordedOn: today,
        milestone,
        previousDate: current.plannedOn,
        newDate,
        reason,
        delayedBy: by.personId,
      },
    },
  ];
}

/** The order 安装开始 → 安装完成 → 调试 → 验收, each refusal naming what is missing. */
function assertInOrder(state: InstallationState, milestone: InstallationMilestone) {
  const previous = previousMilestone(milestone);
  if (previous === null || state.milestones[previous].reached) return;
  switch (milestone) {
    case 'finish':
      throw new ConflictError('finish-before-start', { milestone, missing: previous });
    case 'commission':
      throw new ConflictError('commissioning-before-finish', { milestone, missing: previous });
    case 'accept':
      throw new ConflictError('acceptance-before-commissioning', { milestone, missing: previous });
    case 'start':
      return;
  }
}

function recordMilestone(data: RecordMilestone['data'], state: InstallationState): InstallationEvent[] {
  const { contract, by, today, milestone, on, activeDirectives } = data;
  const current = state.milestones[milestone];
  if (milestone === 'accept') {
    // 验收 is signed by the customer; the assigned installer, the sales admin or the owner records it.
    if (!isAssignedInstaller(by, state) && by.role !== 'sales_admin' && by.personId !== contract.ownerId)
      throw new ForbiddenError('acceptance-recorder-not-allowed', { role: by.role });
  } else {
    assertAssignedInstaller(by, state, contract.terms.contractId);
  }
  assertDate('on', on);
  const acceptedBy = milestone === 'accept' ? (data.acceptedBy ?? '').trim() : null;
  if (current.reached) {
    // A retried report of the same fact records nothing more.
    if (current.reached.on === on && current.reached.acceptedBy === acceptedBy) return [];
    throw new ConflictError('milestone-already-reached', { milestone, on: current.reached.on });
  }
  assertOpen(contract);
  const [stop] = activeDirectives;
  if (stop)
    throw new ConflictError('work-stopped', {
      milestone,
      directiveId: stop.directiveId,
      reason: stop.reason,
      issuedBy: stop.issuedBy,
      issuedOn: stop.issuedOn,
      activeDirectives: activeDirectives.length,
    });
  assertInOrder(state, milestone);
  assertNotFuture('on', on, today);
  const previous = previousMilestone(milestone);
  const previousOn = previous ? state.milestones[previous].reached?.on : undefined;
  if (previousOn && on < previousOn)
    throw new DomainError('milestone-date-before-previous', { field: 'on', on, previous, previousOn });
  if (on < contract.terms.signedOn)
    throw new DomainError('milestone-before-signing', { field: 'on', on, signedOn: contract.terms.signedOn });
  if (acceptedBy === '') throw new DomainError('accepted-by-required', { field: 'acceptedBy' });
  return [
    {
      type: 'MilestoneReached',
      data: {
        party: partyOf(contract),
        recordedOn: today,
        milestone,
        on,
        recordedBy: by.personId,
        acceptedBy,
      },
    },
  ];
}

function decide(command: InstallationCommand, state: InstallationState): InstallationEvent[] {
  switch (command.type) {
    case 'AssignInstallers':
      return assignInstallers(command.data, state);
    case 'RecordSiteSurvey':
      return recordSurvey(command.data, state);
    case 'PlanMilestone':
      return planMilestone(command.data, state);
    case 'DelayMilestone':
      return delayMilestone(command.data, state);
    case 'RecordMilestone':
      return recordMilestone(command.data, state);
    default:
      return assertNever(command);
  }
}

export const installationDecider: Aggregate<InstallationState, InstallationCommand, InstallationEvent> = {
  initialState: initialInstallationState,
  evolve: evolveInstallation,
  decide,
  publish: publishInstallation,
};
