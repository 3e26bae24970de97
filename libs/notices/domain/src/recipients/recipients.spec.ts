import { noticeIdOf } from '../notices/notice-id';
import {
  ORG,
  delayed,
  directiveIssued,
  installersNoted,
  occasion,
  ownerNoted,
  partiesAfter,
} from '../testing/notice-factories';
import { noticesFor } from './recipients';

const to = (drafts: ReturnType<typeof noticesFor>) => drafts.map((d) => `${d.recipientId}:${d.as}`);
const parties = partiesAfter([ownerNoted(), installersNoted(['p-inst', 'p-inst-2'])]);

describe('who is told what (X2 recipient rules)', () => {
  it('延期通知 goes to the contract owner and every assigned installer, linked to the installation', () => {
    const drafts = noticesFor(occasion(delayed()), { org: ORG, parties });
    expect(to(drafts)).toEqual(['p-li:owner', 'p-inst:installer', 'p-inst-2:installer']);
    expect(drafts[1].about).toEqual({
      context: 'contracts',
      kind: 'installation',
      id: 'k-east',
      href: '/contracts/k-east/installation',
    });
  });

  it('a delay the installer recorded himself is not announced back to him', () => {
    const drafts = noticesFor(occasion(delayed({ delayedBy: 'p-inst' })), { org: ORG, parties });
    expect(to(drafts)).toEqual(['p-li:owner', 'p-inst-2:installer']);
  });

  it('before installers are assigned, only the owner hears of a delay', () => {
    expect(to(noticesFor(occasion(delayed()), { org: ORG }))).toEqual(['p-li:owner']);
  });

  it('停工指示 reaches everyone on the contract: owner, installers and the owner’s manager, not its issuer', () => {
    const drafts = noticesFor(occasion(directiveIssued()), { org: ORG, parties });
    expect(to(drafts)).toEqual([
      'p-li:owner',
      'p-inst:installer',
      'p-inst-2:installer',
      'p-chen:owner-manager',
    ]);
    expect(drafts[0].about.href).toBe('/contracts/k-east/directives');
  });

  it('the same event seen twice gives the same notice ids (what makes redelivery harmless)', () => {
    const first = noticesFor(occasion(delayed(), 'evt-7'), { org: ORG, parties });
    const again = noticesFor(occasion(delayed(), 'evt-7'), { org: ORG, parties });
    expect(again.map((d) => d.noticeId)).toEqual(first.map((d) => d.noticeId));
    expect(first[0].noticeId).toBe(noticeIdOf('evt-7', 'p-li'));
    expect(new Set(first.map((d) => d.noticeId)).size).toBe(first.length);
  });

  it('逾期回款 goes to the owner and every finance person', () => {
    const facts = {
      kind: 'instalment-overdue',
      contractId: 'k-east',
      customerId: 'c-hx',
      ownerId: 'p-li',
      instalmentId: 'i1',
      instalmentName: '预付款',
      dueOn: '2027-02-28',
      outstandingMinor: 10_000_00,
      currency: 'CNY',
    } as const;
    expect(to(noticesFor(occasion(facts), { org: ORG }))).toEqual([
      'p-li:owner',
      'p-fin:finance',
      'p-fin-2:finance',
    ]);
  });

  it('a division’s targets split waits for the person above its manager (the VP); the company split for the VP', () => {
    const split = (unit: string, submittedBy: string) =>
      occasion({
        kind: 'approval-waiting',
        what: 'targets',
        fiscalYear: 2027,
        unit,
        version: 1,
        submittedBy,
      });
    expect(to(noticesFor(split('division:d-east', 'p-chen'), { org: ORG }))).toEqual(['p-vp:approver']);
    // A division without a manager is decided by the VP, as if he ran it.
    expect(to(noticesFor(split('division:d-west', 'p-vp'), { org: ORG }))).toEqual([]);
    // The VP at the top submits the company split: nobody above, he decides it himself — no notice to himself.
    expect(to(noticesFor(split('company', 'p-vp'), { org: ORG }))).toEqual([]);
  });

  it('a pre-signing report waits for its checkers (sales admin, engineer, installers) and its division’s manager', () => {
    const report = occasion(
      {
        kind: 'approval-waiting',
        what: 'report-approval',
        reportId: 'r-1',
        revision: 1,
        salespersonId: 'p-li',
        customerId: 'c-hx',
        aspect: null,
      },
      'evt-r',
      { divisionId: 'd-east' },
    );
    const drafts = noticesFor(report, { org: ORG });
    expect(to(drafts)).toEqual([
      'p-chen:approver',
      'p-admin-sun:checker',
      'p-eng:checker',
      'p-inst:checker',
      'p-inst-2:checker',
    ]);
    expect(
      drafts.map((d) => (d.facts.kind === 'approval-waiting' && 'aspect' in d.facts ? d.facts.aspect : '?')),
    ).toEqual([null, 'schedule', 'technology', 'installation', 'installation']);
  });

  it('an appraisal cycle waits for the approver its event names', () => {
    const cycle = occasion(
      {
        kind: 'approval-waiting',
        what: 'cycle',
        cycleId: 'cy-1',
        periodLabel: '2027-Q1',
        submittedBy: 'p-chen',
      },
      'evt-c',
      { approverId: 'p-vp' },
    );
    expect(to(noticesFor(cycle, { org: ORG }))).toEqual(['p-vp:approver']);
  });

  it('pool-return warnings go to the owner; missing summaries and check-ins to the person', () => {
    const warned = occasion({
      kind: 'pool-return-warning',
      customerId: 'c-hx',
      ownerId: 'p-wang',
      dueOn: '2027-03-08',
      rule: 'no-follow-up',
      since: '2027-01-01',
    });
    expect(to(noticesFor(warned, { org: ORG }))).toEqual(['p-wang:owner']);
    const summary = occasion({
      kind: 'summary-missing',
      personId: 'p-li',
      periodLabel: '2027-02',
      dueOn: '2027-03-05',
    });
    expect(to(noticesFor(summary, { org: ORG }))).toEqual(['p-li:self']);
  });
});
