import { ConflictError, DomainError, ForbiddenError, fold, specify } from '@sales/shared/domain';
import { installationDecider } from './installation';
import type { DelayMilestone, PlanMilestone } from './installation-commands';
import { overdueMilestones } from './installation-state';
import {
  assigned,
  contract,
  delayed,
  installer,
  otherInstaller,
  owner,
  party,
  planned,
  reached,
  salesAdmin,
  today,
} from './installation.fixture';

const { given } = specify(installationDecider);

const plan = (data: Partial<PlanMilestone['data']> = {}): PlanMilestone => ({
  type: 'PlanMilestone',
  data: { contract, by: salesAdmin, today, milestone: 'start', plannedOn: '2027-02-10', ...data },
});
const delay = (data: Partial<DelayMilestone['data']> = {}): DelayMilestone => ({
  type: 'DelayMilestone',
  data: {
    contract,
    by: salesAdmin,
    today,
    milestone: 'start',
    newDate: '2027-02-24',
    reason: '客户场地土建未完成',
    ...data,
  },
});
const started = [assigned('p-inst'), reached('start', '2027-02-12')];

describe('计划日期 planned dates (K4)', () => {
  it('the sales admin or the contract owner plans a milestone; it is published', () => {
    given([])
      .when(plan())
      .then([planned('start', '2027-02-10')].map((e) => ({ ...e, data: { ...e.data, recordedOn: today } })));
    expect(
      given([])
        .when(plan({ by: owner }))
        .published()[0],
    ).toEqual({
      type: 'InstallationMilestonePlanned',
      schemaVersion: 1,
      data: { ...party, milestone: 'start', plannedOn: '2027-02-10', plannedBy: 'p-li', recordedOn: today },
    });
  });

  it('others may not plan (403)', () => {
    given([])
      .when(plan({ by: installer }))
      .thenThrows(ForbiddenError, 'installation-planner-not-allowed');
    given([])
      .when(plan({ by: { personId: 'p-wang', role: 'salesperson' } }))
      .thenThrows(ForbiddenError, 'installation-planner-not-allowed');
  });

  it('a planned milestone moves only by a delay with its reason (409 milestone-already-planned)', () => {
    given([planned('start', '2027-02-10')])
      .when(plan())
      .then([]);
    given([planned('start', '2027-02-10')])
      .when(plan({ plannedOn: '2027-02-15' }))
      .thenThrows(ConflictError, 'milestone-already-planned');
  });
});

describe('延期 delays, published at once for downstream roles (K4, X2)', () => {
  it('a delay moves the planned date later with a reason; InstallationMilestoneDelayed is published', () => {
    given([planned('start', '2027-02-10')])
      .when(delay())
      .then([delayed('start', '2027-02-10', '2027-02-24')]);
    expect(
      given([planned('start', '2027-02-10')])
        .when(delay())
        .published(),
    ).toEqual([
      {
        type: 'InstallationMilestoneDelayed',
        schemaVersion: 1,
        data: {
          ...party,
          milestone: 'start',
          previousDate: '2027-02-10',
          newDate: '2027-02-24',
          reason: '客户场地土建未完成',
          delayedBy: 'p-admin-sun',
          recordedOn: today,
        },
      },
    ]);
  });

  it('an assigned installer may announce a delay; an unassigned one may not', () => {
    const history = [assigned('p-inst'), planned('start', '2027-02-10')];
    expect(
      given(history)
        .when(delay({ by: installer }))
        .events(),
    ).toHaveLength(1);
    given(history)
      .when(delay({ by: otherInstaller }))
      .thenThrows(ForbiddenError, 'installation-planner-not-allowed');
  });

  it('a delay needs a reason, a plan to move and a later date', () => {
    given([planned('start', '2027-02-10')])
      .when(delay({ reason: ' ' }))
      .thenThrows(DomainError, 'installation-reason-required');
    given([]).when(delay()).thenThrows(ConflictError, 'milestone-not-planned');
    given([planned('start', '2027-02-10')])
      .when(delay({ newDate: '2027-02-10' }))
      .thenThrows(DomainError, 'delay-not-later');
    given([planned('start', '2027-02-10'), ...started])
      .when(delay())
      .thenThrows(ConflictError, 'milestone-already-reached');
  });
});

describe('逾期里程碑 overdue milestones', () => {
  it('a planned date passed and not reached is overdue (at its delayed date); reached ones are not', () => {
    const state = fold(installationDecider, [
      ...started,
      planned('start', '2027-02-10'),
      planned('finish', '2027-02-15'),
      delayed('finish', '2027-02-15', '2027-02-27'),
      planned('commission', '2027-03-05'),
    ]);
    expect(overdueMilestones(state, '2027-02-27')).toEqual([]);
    expect(overdueMilestones(state, '2027-02-28')).toEqual([
      { milestone: 'finish', plannedOn: '2027-02-27', delays: 1 },
    ]);
  });
});
