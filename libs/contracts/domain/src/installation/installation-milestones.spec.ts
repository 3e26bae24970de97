import { ConflictError, DomainError, ForbiddenError, specify } from '@sales/shared/domain';
import { terminated } from '../receivables/receivables.fixture';
import { installationDecider } from './installation';
import type { RecordMilestone } from './installation-commands';
import {
  assigned,
  contract,
  delayed,
  installer,
  owner,
  party,
  planned,
  reached,
  salesAdmin,
  stop,
  today,
} from './installation.fixture';

const { given } = specify(installationDecider);

const record = (data: Partial<RecordMilestone['data']> = {}): RecordMilestone => ({
  type: 'RecordMilestone',
  data: {
    contract,
    by: installer,
    today,
    milestone: 'start',
    on: '2027-02-12',
    activeDirectives: [],
    ...data,
  },
});

const started = [assigned('p-inst'), reached('start', '2027-02-12')];
const finished = [...started, reached('finish', '2027-02-20')];
const commissioned = [...finished, reached('commission', '2027-02-25')];
describe('安装、调试、验收 milestones in order (K4)', () => {
  it('an assigned installer records installation started; it is published with the plan then in force', () => {
    const history = [
      assigned('p-inst'),
      planned('start', '2027-02-10'),
      delayed('start', '2027-02-10', '2027-02-11'),
    ];
    given(history)
      .when(record())
      .then([{ ...reached('start', '2027-02-12'), data: { ...reached('start', '2027-02-12').data } }]);
    expect(given(history).when(record()).published()).toEqual([
      {
        type: 'InstallationStarted',
        schemaVersion: 1,
        data: {
          ...party,
          on: '2027-02-12',
          plannedOn: '2027-02-11',
          recordedBy: 'p-inst',
          recordedOn: today,
        },
      },
    ]);
  });

  it('started → finished → commissioned → accepted, each its own published type', () => {
    expect(
      given(started)
        .when(record({ milestone: 'finish', on: '2027-02-20' }))
        .published()[0].type,
    ).toBe('InstallationFinished');
    expect(
      given(finished)
        .when(record({ milestone: 'commission', on: '2027-02-25' }))
        .published()[0].type,
    ).toBe('InstallationCommissioned');
    expect(
      given(commissioned)
        .when(record({ milestone: 'accept', on: '2027-02-28', acceptedBy: '华信光电 赵经理', by: owner }))
        .published()[0],
    ).toMatchObject({
      type: 'InstallationAccepted',
      data: { on: '2027-02-28', acceptedBy: '华信光电 赵经理', recordedBy: 'p-li', plannedOn: null },
    });
  });

  it('acceptance before commissioning is refused (409 acceptance-before-commissioning)', () => {
    const error = given(finished)
      .when(record({ milestone: 'accept', on: '2027-02-28', acceptedBy: '赵经理' }))
      .thenThrows(ConflictError, 'acceptance-before-commissioning');
    expect(error.details).toEqual({ milestone: 'accept', missing: 'commission' });
  });

  it('finishing before starting, commissioning before finishing are refused (409)', () => {
    given([assigned('p-inst')])
      .when(record({ milestone: 'finish' }))
      .thenThrows(ConflictError, 'finish-before-start');
    given(started)
      .when(record({ milestone: 'commission', on: '2027-02-20' }))
      .thenThrows(ConflictError, 'commissioning-before-finish');
  });

  it('an installer not assigned to the contract may not record site work (403)', () => {
    given([assigned('p-inst-2')])
      .when(record())
      .thenThrows(ForbiddenError, 'installer-not-assigned');
    given([])
      .when(record({ by: salesAdmin }))
      .thenThrows(ForbiddenError, 'installer-not-assigned');
    given(commissioned)
      .when(
        record({
          milestone: 'accept',
          on: '2027-02-28',
          acceptedBy: '赵经理',
          by: { personId: 'p-fin', role: 'finance' },
        }),
      )
      .thenThrows(ForbiddenError, 'acceptance-recorder-not-allowed');
  });

  it('acceptance names who accepted for the customer (400 without)', () => {
    given(commissioned)
      .when(record({ milestone: 'accept', on: '2027-02-28' }))
      .thenThrows(DomainError, 'accepted-by-required');
  });

  it('dates: not after today, not before the previous milestone, not before signing (400)', () => {
    given([assigned('p-inst')])
      .when(record({ on: '2027-03-02' }))
      .thenThrows(DomainError, 'installation-date-in-future');
    given(started)
      .when(record({ milestone: 'finish', on: '2027-02-11' }))
      .thenThrows(DomainError, 'milestone-date-before-previous');
    given([assigned('p-inst')])
      .when(record({ on: '2027-01-09' }))
      .thenThrows(DomainError, 'milestone-before-signing');
  });

  it('the same report again records nothing; another date is 409', () => {
    given(started).when(record()).then([]);
    given(started)
      .when(record({ on: '2027-02-13' }))
      .thenThrows(ConflictError, 'milestone-already-reached');
  });

  it('a terminated contract takes no more milestones (409)', () => {
    given([assigned('p-inst')])
      .when(record({ contract: terminated }))
      .thenThrows(ConflictError, 'installation-contract-terminated');
  });
});

describe('停工指示 in force: installation, commissioning and acceptance refused (K4 × K6)', () => {
  it.each([
    ['start', [assigned('p-inst')], undefined],
    ['finish', started, undefined],
    ['commission', finished, undefined],
    ['accept', commissioned, '赵经理'],
  ] as const)(
    '%s under an active directive is 409 work-stopped naming it',
    (milestone, history, acceptedBy) => {
      const error = given(history)
        .when(record({ milestone, on: '2027-02-28', acceptedBy, activeDirectives: [stop] }))
        .thenThrows(ConflictError, 'work-stopped');
      expect(error.details).toEqual({
        milestone,
        directiveId: 'dir-1',
        reason: '脚手架不合格',
        issuedBy: 'p-safety',
        issuedOn: '2027-02-25',
        activeDirectives: 1,
      });
    },
  );
});
