import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import type { ContractPerson } from '../signing/contract-commands';
import { reportDecider } from './report';
import type { FeasibilityAspect, ReportCommand, ReportDeal, ReportEvent } from './report-types';

const person = (
  personId: string,
  role: ContractPerson['role'],
  divisionId: string | null = null,
): ContractPerson => ({
  personId,
  role,
  divisionId,
  managedDivisionIds: role === 'division_manager' && divisionId ? [divisionId] : [],
});
const li = person('p-li', 'salesperson', 'd-east');
const chen = person('p-chen', 'division_manager', 'd-east');
const checkers: Record<FeasibilityAspect, ContractPerson> = {
  schedule: person('p-sun', 'sales_admin'),
  technology: person('p-eng', 'engineer'),
  installation: person('p-inst', 'installer'),
};
const today = '2027-03-02';
const deal: ReportDeal = {
  customerId: 'c1',
  currency: 'CNY',
  expectedAmountMinor: 100_000_000,
  products: [{ productLineId: 'led', amountMinor: null }],
  expectedSigningOn: '2027-03-08',
  expectedDeliveryOn: '2027-05-01',
  technicalRequirements: 'P2.5 室内屏 6×3 米',
  installationConditions: '墙面已加固',
};

const submit = (by = li, d = deal): ReportCommand => ({
  type: 'SubmitReport',
  data: { reportId: 'r1', by, deal: d, today },
});
const submitted: ReportEvent = {
  type: 'ReportSubmitted',
  data: { reportId: 'r1', salespersonId: 'p-li', divisionId: 'd-east', deal, on: today },
};
const check = (
  aspect: FeasibilityAspect,
  outcome: 'confirmed' | 'refused' = 'confirmed',
  note = '',
  by = checkers[aspect],
): ReportCommand => ({
  type: 'DecideFeasibility',
  data: { aspect, outcome, note, by, today },
});
const checked = (
  aspect: FeasibilityAspect,
  outcome: 'confirmed' | 'refused' = 'confirmed',
  note = '',
  revision = 1,
): ReportEvent => ({
  type: 'FeasibilityDecided',
  data: { revision, aspect, outcome, by: checkers[aspect].personId, note, on: today },
});
const allConfirmed = [submitted, checked('schedule'), checked('technology'), checked('installation')];
const decideBy = (
  by: ContractPerson,
  decision: 'approve' | 'reject' = 'approve',
  reason = '',
  approverId: string | null = 'p-chen',
): ReportCommand => ({
  type: 'DecideReport',
  data: { decision, reason, by, approverId, today },
});
const report = specify(reportDecider);

describe('签约前报备 the pre-signing report (K2)', () => {
  it('a salesperson reports the deal; nobody else does; a retry records nothing, another deal under the id is refused', () => {
    report.given([]).when(submit()).then([submitted]);
    report.given([]).when(submit(chen)).thenThrows(ForbiddenError, 'report-submit-not-salesperson');
    report.given([submitted]).when(submit()).then([]);
    report
      .given([submitted])
      .when(submit(li, { ...deal, expectedAmountMinor: 1 }))
      .thenThrows(ConflictError, 'report-id-taken');
  });

  it('a deal names its products and is delivered after it is signed', () => {
    report
      .given([])
      .when(submit(li, { ...deal, products: [] }))
      .thenThrows(DomainError, 'report-products-required');
    report
      .given([])
      .when(submit(li, { ...deal, expectedDeliveryOn: '2027-03-01' }))
      .thenThrows(DomainError, 'report-delivery-before-signing');
  });

  it('each check by its role: schedule 市场部主管, technology 技术, installation 安装; once per revision', () => {
    report
      .given([submitted])
      .when(check('technology'))
      .then([checked('technology')]);
    report
      .given([submitted])
      .when(check('technology', 'confirmed', '', checkers.installation))
      .thenThrows(ForbiddenError, 'feasibility-wrong-role');
    report
      .given([submitted, checked('technology')])
      .when(check('technology'))
      .thenThrows(ConflictError, 'feasibility-already-decided');
    report.given([]).when(check('schedule')).thenThrows(NotFoundError, 'unknown-report');
  });

  it('a refusal needs a note and sends the report back; the revision starts every check again', () => {
    report
      .given([submitted])
      .when(check('installation', 'refused'))
      .thenThrows(DomainError, 'feasibility-refusal-note-required');
    const refused = checked('installation', 'refused', '现场无吊装条件');
    report
      .given([submitted])
      .when(check('installation', 'refused', '现场无吊装条件'))
      .then([refused]);
    report
      .given([submitted, checked('schedule'), refused])
      .when(check('technology'))
      .thenThrows(ConflictError, 'report-not-open');
    report
      .given([submitted, checked('schedule'), refused])
      .when(decideBy(chen))
      .thenThrows(ConflictError, 'report-not-open');
    const revised = { ...deal, installationConditions: '改为落地支架安装' };
    const revise: ReportCommand = { type: 'ReviseReport', data: { by: li, deal: revised, today } };
    report
      .given([submitted, refused])
      .when(revise)
      .then([{ type: 'ReportRevised', data: { revision: 2, deal: revised, on: today } }]);
    report
      .given([submitted, refused])
      .when({ ...revise, data: { ...revise.data, by: person('p-wang', 'salesperson', 'd-east') } })
      .thenThrows(ForbiddenError, 'report-not-yours');
    report
      .given([submitted, refused, { type: 'ReportRevised', data: { revision: 2, deal: revised, on: today } }])
      .when(check('installation'))
      .then([checked('installation', 'confirmed', '', 2)]);
  });

  it('the division manager approves once all three are confirmed, naming what is missing before', () => {
    report
      .given([submitted, checked('schedule')])
      .when(decideBy(chen))
      .thenThrows(ConflictError, 'feasibility-not-confirmed');
    const decided = () =>
      reportDecider.decide(
        decideBy(chen),
        allConfirmed.slice(0, 2).reduce(reportDecider.evolve, reportDecider.initialState()),
      );
    expect(decided).toThrow(
      expect.objectContaining({
        code: 'feasibility-not-confirmed',
        details: expect.objectContaining({ missingChecks: ['technology', 'installation'] }),
      }),
    );
    report
      .given(allConfirmed)
      .when(decideBy(chen))
      .then([
        { type: 'ReportApproved', data: { revision: 1, by: 'p-chen', selfApproval: false, on: today } },
      ]);
    report
      .given([
        ...allConfirmed,
        { type: 'ReportApproved', data: { revision: 1, by: 'p-chen', selfApproval: false, on: today } },
      ])
      .when(decideBy(chen))
      .thenThrows(ConflictError, 'report-not-open');
  });

  it('nobody approves their own report or another division’s; a rejection needs a reason and is final', () => {
    report.given(allConfirmed).when(decideBy(li)).thenThrows(ForbiddenError, 'own-report');
    report
      .given(allConfirmed)
      .when(decideBy(person('p-zhou', 'division_manager', 'd-south')))
      .thenThrows(ForbiddenError, 'report-approver-not-manager');
    report
      .given([submitted])
      .when(decideBy(chen, 'reject'))
      .thenThrows(DomainError, 'report-rejection-reason-required');
    report
      .given([submitted])
      .when(decideBy(chen, 'reject', '客户预算未落实'))
      .then([
        { type: 'ReportRejected', data: { revision: 1, by: 'p-chen', reason: '客户预算未落实', on: today } },
      ]);
  });

  it('the top of the tree, with nobody above, approves their own — recorded as such', () => {
    report
      .given(allConfirmed)
      .when(decideBy(li, 'approve', '', null))
      .then([{ type: 'ReportApproved', data: { revision: 1, by: 'p-li', selfApproval: true, on: today } }]);
  });

  it('publishes every step with ids, dates and money only (no free text)', () => {
    expect(report.given([]).when(submit()).published()).toEqual([
      {
        type: 'ReportSubmitted',
        schemaVersion: 1,
        data: {
          reportId: 'r1',
          salespersonId: 'p-li',
          divisionId: 'd-east',
          customerId: 'c1',
          revision: 1,
          currency: 'CNY',
          expectedAmountMinor: 100_000_000,
          productLineIds: ['led'],
          expectedSigningOn: '2027-03-08',
          on: today,
        },
      },
    ]);
  });
});
