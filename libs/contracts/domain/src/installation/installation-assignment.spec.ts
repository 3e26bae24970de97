import { ConflictError, DomainError, ForbiddenError, specify } from '@sales/shared/domain';
import { terminated } from '../receivables/receivables.fixture';
import { installationDecider } from './installation';
import type { AssignInstallers, RecordSiteSurvey } from './installation-commands';
import {
  assigned,
  contract,
  installer,
  otherInstaller,
  owner,
  party,
  salesAdmin,
  screen,
  today,
} from './installation.fixture';

const { given } = specify(installationDecider);

const assign = (data: Partial<AssignInstallers['data']> = {}): AssignInstallers => ({
  type: 'AssignInstallers',
  data: { contract, by: salesAdmin, today, installers: [installer], ...data },
});
const survey = (data: Partial<RecordSiteSurvey['data']> = {}): RecordSiteSurvey => ({
  type: 'RecordSiteSurvey',
  data: {
    contract,
    by: installer,
    today,
    surveyedOn: '2027-02-20',
    siteConditions: '墙体为砖混结构，需加固；配电到位',
    screens: [screen],
    notes: '需夜间施工',
    ...data,
  },
});

describe('指派安装人员 installers assigned by the sales admin (K4)', () => {
  it('the sales admin assigns installers (people with the installer role today); it is published', () => {
    given([])
      .when(assign({ installers: [installer, otherInstaller] }))
      .then([
        {
          type: 'InstallersAssigned',
          data: { party, recordedOn: today, installerIds: ['p-inst', 'p-inst-2'], assignedBy: 'p-admin-sun' },
        },
      ]);
    expect(given([]).when(assign()).published()).toEqual([
      {
        type: 'InstallersAssigned',
        schemaVersion: 1,
        data: { ...party, installerIds: ['p-inst'], assignedBy: 'p-admin-sun', assignedOn: today },
      },
    ]);
  });

  it('anyone but the sales admin is refused (403)', () => {
    given([])
      .when(assign({ by: owner }))
      .thenThrows(ForbiddenError, 'installation-sales-admin-only');
  });

  it('a person who is not an installer in the org tree today is refused by name (400)', () => {
    const error = given([])
      .when(assign({ installers: [installer, { personId: 'p-wang', role: 'salesperson' }] }))
      .thenThrows(DomainError, 'not-an-installer');
    expect(error.details).toMatchObject({ field: 'installerIds', personId: 'p-wang', role: 'salesperson' });
    given([])
      .when(assign({ installers: [{ personId: 'p-ghost', role: null }] }))
      .thenThrows(DomainError, 'not-an-installer');
  });

  it('an empty set is refused; the same set again records nothing', () => {
    given([])
      .when(assign({ installers: [] }))
      .thenThrows(DomainError, 'installers-required');
    given([assigned('p-inst')])
      .when(assign())
      .then([]);
  });

  it('no assignment on a terminated contract (409)', () => {
    given([])
      .when(assign({ contract: terminated }))
      .thenThrows(ConflictError, 'installation-contract-terminated');
  });
});

describe('现场情况及屏幕要求 site survey fed back by an assigned installer (K4)', () => {
  it('an assigned installer records site conditions and structured screen requirements', () => {
    const [event] = given([assigned('p-inst')])
      .when(survey())
      .events();
    expect(event).toEqual({
      type: 'SiteSurveyRecorded',
      data: {
        party,
        recordedOn: today,
        surveyedOn: '2027-02-20',
        siteConditions: '墙体为砖混结构，需加固；配电到位',
        screens: [screen],
        notes: '需夜间施工',
        recordedBy: 'p-inst',
      },
    });
    expect(
      given([assigned('p-inst')])
        .when(survey())
        .published()[0],
    ).toMatchObject({
      type: 'SiteSurveyRecorded',
      data: { contractId: 'k-1', screens: [{ pixelPitchUm: 2500, widthMm: 6400 }] },
    });
  });

  it('an installer not assigned to the contract is refused (403), as is anyone else', () => {
    given([assigned('p-inst-2')])
      .when(survey())
      .thenThrows(ForbiddenError, 'installer-not-assigned');
    given([assigned('p-inst')])
      .when(survey({ by: salesAdmin }))
      .thenThrows(ForbiddenError, 'installer-not-assigned');
  });

  it.each([
    ['screens[0].widthMm', { widthMm: 0 }],
    ['screens[0].heightMm', { heightMm: 3600.5 }],
    ['screens[0].pixelPitchUm', { pixelPitchUm: 2.5 }],
    ['screens[0].environment', { environment: 'underwater' }],
    ['screens[0].mounting', { mounting: 'glued' }],
    ['screens[0].name', { name: ' ' }],
  ])('a bad screen requirement names its field: %s', (field, change) => {
    const error = given([assigned('p-inst')])
      .when(survey({ screens: [{ ...screen, ...change } as never] }))
      .thenThrows(DomainError, 'screen-requirement-invalid');
    expect(error.details).toEqual({ field });
  });

  it('no screens, no site conditions or a survey dated after today are refused (400)', () => {
    const history = [assigned('p-inst')];
    given(history)
      .when(survey({ screens: [] }))
      .thenThrows(DomainError, 'screen-requirement-invalid');
    given(history)
      .when(survey({ siteConditions: '' }))
      .thenThrows(DomainError, 'installation-text-required');
    given(history)
      .when(survey({ surveyedOn: '2027-03-02' }))
      .thenThrows(DomainError, 'installation-date-in-future');
  });
});
