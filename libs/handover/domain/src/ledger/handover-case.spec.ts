import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { handoverLedgerDecider } from './handover-ledger';
import {
  CASE,
  TODAY,
  complete,
  contractTaken,
  customerTaken,
  exitWithout,
  formsTaken,
  itemCleared,
  notice,
  noticed,
  settle,
  settled,
  signOff,
  signedOff,
  who,
} from './handover-ledger.fixture';

/* Spec of the resignation case's rules: the notice, the accounts, the sign-off, completion, 离职处理. */
const spec = specify(handoverLedgerDecider);
const holdings = [customerTaken('cust-1'), contractTaken(), formsTaken()];

describe('notice of resignation (O2: at least one month ahead)', () => {
  it('a last day 30 days after today opens the case; a day earlier is refused with the earliest date allowed', () => {
    spec
      .given([])
      .when(notice({ lastDay: '2027-04-09' }))
      .then([
        {
          type: 'ResignationNoticed',
          data: {
            caseId: CASE,
            personId: 'p-li',
            lastDay: '2027-04-09',
            noticedOn: TODAY,
            noticedBy: 'p-li',
            supervisorId: 'p-chen',
          },
        },
      ]);
    const refused = spec
      .given([])
      .when(notice({ lastDay: '2027-04-08' }))
      .thenThrows(DomainError, 'notice-too-short');
    expect(refused.details).toEqual({
      field: 'lastDay',
      lastDay: '2027-04-08',
      earliestLastDay: '2027-04-09',
      days: 30,
    });
    // The earliest day follows the clock, not the calendar month.
    expect(
      spec
        .given([])
        .when(notice({ today: '2027-02-01', lastDay: '2027-03-03' }))
        .events()[0].data,
    ).toMatchObject({ noticedOn: '2027-02-01', lastDay: '2027-03-03' });
    spec
      .given([])
      .when(notice({ today: '2027-02-01', lastDay: '2027-03-02' }))
      .thenThrows(DomainError, 'notice-too-short');
  });

  it('is filed by the person, a manager above them or the VP; nobody else; never for someone unknown', () => {
    expect(
      spec
        .given([])
        .when(notice({ actor: who.chen }))
        .events()[0].data,
    ).toMatchObject({ noticedBy: 'p-chen' });
    expect(
      spec
        .given([])
        .when(notice({ actor: who.vp }))
        .events(),
    ).toHaveLength(1);
    spec
      .given([])
      .when(notice({ actor: who.wang }))
      .thenThrows(ForbiddenError, 'notice-not-allowed');
    spec
      .given([])
      .when(notice({ actor: who.zhou }))
      .thenThrows(ForbiddenError, 'notice-not-allowed');
    spec
      .given([])
      .when(notice({ actor: who.salesAdmin }))
      .thenThrows(ForbiddenError, 'notice-not-allowed');
    spec
      .given([])
      .when(notice({ person: null }))
      .thenThrows(NotFoundError, 'unknown-person');
    spec
      .given([])
      .when(notice({ lastDay: '2027-02-30' }))
      .thenThrows(DomainError, 'invalid-date');
  });

  it('one open case at a time; after it closes the person may resign again (a second case)', () => {
    spec.given([noticed()]).when(notice()).thenThrows(ConflictError, 'resignation-already-open');
    const completed = { type: 'HandoverCompleted', data: { caseId: CASE, by: 'p-chen', on: TODAY } } as const;
    expect(spec.given([noticed(), completed]).when(notice()).events()[0].data).toMatchObject({
      caseId: 'resignation-p-li-2',
    });
  });

  it('publishes the case with how many items its checklist holds (what was held before the notice counts)', () => {
    expect(spec.given(holdings).when(notice()).published()).toEqual([
      {
        type: 'ResignationNoticed',
        schemaVersion: 1,
        data: {
          caseId: CASE,
          personId: 'p-li',
          lastDay: '2027-04-30',
          noticedOn: TODAY,
          noticedBy: 'p-li',
          supervisorId: 'p-chen',
          // a customer, an open contract, a form, the accounts, the sign-off
          openItems: 5,
        },
      },
    ]);
  });
});

describe('accounts and the supervisor’s sign-off', () => {
  it('finance confirms the accounts settled, once; nobody else may', () => {
    spec
      .given([noticed()])
      .when(settle())
      .then([settled(), itemCleared('accounts', CASE, 'settled')]);
    spec.given([noticed()]).when(settle(who.chen)).thenThrows(ForbiddenError, 'accounts-finance-only');
    spec.given([noticed(), settled()]).when(settle()).thenThrows(ConflictError, 'accounts-already-settled');
    spec.given([]).when(settle()).thenThrows(NotFoundError, 'unknown-case');
  });

  it('由市场部主管人员签字方可离开: only the sales admin supervisor signs off, never on their own case', () => {
    spec
      .given([noticed()])
      .when(signOff())
      .then([signedOff(), itemCleared('sign-off', CASE, 'signed')]);
    spec.given([noticed()]).when(signOff(who.vp)).thenThrows(ForbiddenError, 'sign-off-sales-admin-only');
    spec.given([noticed()]).when(signOff(who.chen)).thenThrows(ForbiddenError, 'sign-off-sales-admin-only');
    spec.given([noticed(), signedOff()]).when(signOff()).thenThrows(ConflictError, 'already-signed-off');
    const ownCase = {
      type: 'ResignationNoticed',
      data: {
        caseId: CASE,
        personId: 'p-admin-sun',
        lastDay: '2027-04-30',
        noticedOn: TODAY,
        noticedBy: 'p-admin-sun',
        supervisorId: 'p-vp',
      },
    } as const;
    spec.given([ownCase]).when(signOff()).thenThrows(ForbiddenError, 'sign-off-own-case');
  });
});

describe('completing the handover', () => {
  it('is refused while any item is open, listing them by name with money in 元', () => {
    const error = spec
      .given([...holdings, noticed(), settled()])
      .when(complete(who.chen, { 'cust-1': '华信光电科技有限公司' }))
      .thenThrows(ConflictError, 'handover-items-open');
    expect(error.details).toEqual({
      caseId: CASE,
      personId: 'p-li',
      count: 4,
      items: [
        { zh: '客户：华信光电科技有限公司', en: 'customer: 华信光电科技有限公司' },
        {
          zh: '合同 HT-2027-0001（华信光电科技有限公司，合同金额 1,000,000.00 元，未收 400,000.00 元）',
          en: 'contract HT-2027-0001 (华信光电科技有限公司, amount 1,000,000.00 元, outstanding 400,000.00 元)',
        },
        { zh: '合同 HT-2027-0002 领用未交回', en: 'contract form HT-2027-0002 not returned' },
        { zh: '市场部主管签字', en: 'signed off by the sales admin supervisor (市场部主管)' },
      ],
    });
  });

  it('completes once the checklist is empty, by a manager above the person, the supervisor or the VP', () => {
    const clear = [noticed(), settled(), signedOff()];
    spec
      .given(clear)
      .when(complete())
      .then([{ type: 'HandoverCompleted', data: { caseId: CASE, by: 'p-chen', on: TODAY } }]);
    expect(spec.given(clear).when(complete(who.vp)).events()).toHaveLength(1);
    expect(spec.given(clear).when(complete(who.salesAdmin)).events()).toHaveLength(1);
    spec.given(clear).when(complete(who.li)).thenThrows(ForbiddenError, 'complete-not-allowed');
    spec.given(clear).when(complete(who.zhou)).thenThrows(ForbiddenError, 'complete-not-allowed');
    const completed = { type: 'HandoverCompleted', data: { caseId: CASE, by: 'p-chen', on: TODAY } } as const;
    spec
      .given([...clear, completed])
      .when(complete())
      .thenThrows(ConflictError, 'case-closed');
    expect(spec.given(clear).when(complete()).published()[0]).toMatchObject({
      type: 'HandoverCompleted',
      data: {
        caseId: CASE,
        personId: 'p-li',
        lastDay: '2027-04-30',
        completedOn: TODAY,
        completedBy: 'p-chen',
      },
    });
  });
});

describe('离职处理: leaving without handover', () => {
  it('the VP records it with a reason and what was left open', () => {
    spec
      .given([...holdings, noticed(), signedOff()])
      .when(exitWithout())
      .then([
        {
          type: 'LeftWithoutHandover',
          data: {
            caseId: CASE,
            by: 'p-vp',
            on: TODAY,
            reason: '未办交接，擅自离岗',
            openItems: [
              { kind: 'customer', id: 'cust-1' },
              { kind: 'contract', id: 'k-1' },
              { kind: 'form', id: 'HT-2027-0002' },
              { kind: 'accounts', id: CASE },
            ],
          },
        },
      ]);
  });

  it('nobody but the VP (or the 总经理) records it, and never without a reason', () => {
    spec.given([noticed()]).when(exitWithout(who.chen)).thenThrows(ForbiddenError, 'exit-vp-only');
    spec.given([noticed()]).when(exitWithout(who.salesAdmin)).thenThrows(ForbiddenError, 'exit-vp-only');
    spec.given([noticed()]).when(exitWithout(who.vp, '  ')).thenThrows(DomainError, 'field-required');
  });
});
