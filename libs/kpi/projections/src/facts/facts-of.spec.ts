import { contractsPublishedEvent } from '@sales/contracts/events';
import { customersPublishedEvent } from '@sales/customers/events';
import { orgPublishedEvent } from '@sales/org/events';
import type { PublishedEvent } from '@sales/shared/domain';
import { targetsPublishedEvent } from '@sales/targets/events';
import { factsOf, UnreadableEventError } from './facts-of';
import type { ReceivedEvent } from './kpi-fact';

const ZONE = 'Asia/Shanghai';
let serial = 0;
/** A published event as it arrives from `context`'s topic, recorded at `time`. */
const received = (context: string, event: PublishedEvent, time = '2027-03-31T17:30:00Z'): ReceivedEvent => ({
  id: `e-${++serial}`,
  context,
  time,
  ...event,
});

describe('the facts a published event gives the KPI read model', () => {
  it('a visit counts on its business date for the salesperson, with its kind and coach', () => {
    const event = received(
      'customers',
      customersPublishedEvent('VisitLogged', {
        visitId: 'v1',
        salespersonId: 'p-li',
        divisionId: 'd-east',
        businessDate: '2027-03-30',
        visitedAt: '2027-03-30T10:00:00+08:00',
        customerId: 'c1',
        kind: 'joint',
        coachId: 'p-chen',
        nextContactOn: null,
      }),
    );
    expect(factsOf(event, ZONE)).toEqual([
      {
        factId: event.id,
        eventId: event.id,
        context: 'customers',
        eventType: 'VisitLogged',
        schemaVersion: 1,
        recordedAt: '2027-03-31T17:30:00.000Z',
        businessDate: '2027-03-30',
        kind: 'visit',
        visitId: 'v1',
        personId: 'p-li',
        divisionId: 'd-east',
        customerId: 'c1',
        visitKind: 'joint',
        coachId: 'p-chen',
      },
    ]);
  });

  it('an approved split is in force from the business day it was recorded, in the company zone', () => {
    // 17:30Z on 03-31 is 01:30 on 04-01 in Shanghai.
    const event = received(
      'targets',
      targetsPublishedEvent('TargetsApproved', {
        fiscalYear: 2027,
        currency: 'CNY',
        unit: 'company',
        version: 1,
        approvedBy: 'p-vp',
        nodes: [],
      }),
    );
    expect(factsOf(event, ZONE)).toMatchObject([
      { kind: 'targets', businessDate: '2027-04-01', unit: 'company' },
    ]);
  });

  it('an org change counts from its effective date and is kept as published (upcast to the current version)', () => {
    const hired = received('org', {
      type: 'PersonHired',
      schemaVersion: 1,
      data: {
        personId: 'p-li',
        name: '李娜',
        role: 'salesperson',
        divisionId: 'd-east',
        managerId: 'p-chen',
        effectiveOn: '2027-01-01',
      },
    });
    expect(factsOf(hired, ZONE)).toMatchObject([
      { kind: 'org-change', businessDate: '2027-01-01', event: { type: 'PersonHired', schemaVersion: 1 } },
    ]);
    const division = received(
      'org',
      orgPublishedEvent('DivisionCreated', {
        divisionId: 'd-east',
        code: 'EAST',
        name: '华东事业部',
        effectiveOn: '2027-01-01',
      }),
    );
    expect(factsOf(division, ZONE)).toHaveLength(1);
  });

  it('events no figure uses give no fact; a needed event at an unknown version is refused, never skipped', () => {
    expect(
      factsOf(
        received('targets', targetsPublishedEvent('PlanOpened', { fiscalYear: 2027, currency: 'CNY' })),
        ZONE,
      ),
    ).toEqual([]);
    expect(
      factsOf(received('customers', { type: 'SomethingNew', schemaVersion: 1, data: {} }), ZONE),
    ).toEqual([]);
    expect(() =>
      factsOf(received('customers', { type: 'VisitLogged', schemaVersion: 2, data: {} }), ZONE),
    ).toThrow(UnreadableEventError);
    expect(() => factsOf(received('org', { type: 'PersonHired', schemaVersion: 9, data: {} }), ZONE)).toThrow(
      UnreadableEventError,
    );
  });

  it('the same event gives the same facts every time (a redelivery stores nothing new)', () => {
    const event = received(
      'customers',
      customersPublishedEvent('CustomerGradeChanged', {
        customerId: 'c1',
        previousGrade: 'C',
        grade: 'B',
        windowTotalMinor: 40_000_000,
        currency: 'CNY',
        windowStart: '2026-04-01',
        windowEnd: '2027-03-31',
        reasonKind: 'payment',
        reasonRef: 'pay-1',
        policyVersion: 0,
        changedOn: '2027-03-31',
      }),
    );
    expect(factsOf(event, ZONE)).toEqual(factsOf(event, ZONE));
  });

  it('a signing is a sale credited to its signer and division on the signing date; a reversal is negative money', () => {
    const party = { contractId: 'k1', customerId: 'c1', ownerId: 'p-li', divisionId: 'd-east' };
    const signed = received(
      'contracts',
      contractsPublishedEvent('ContractSigned', {
        contractId: 'k1',
        formNumber: 'HT-2027-0001',
        customerId: 'c1',
        ownerId: 'p-li',
        division: 'd-east',
        signedOn: '2027-03-08',
        currency: 'CNY',
        amountMinor: 113_000_000,
        amountExclusiveMinor: 100_000_000,
        costEstimateMinor: 70_000_000,
        grossMarginMinor: 30_000_000,
        lines: [
          {
            productLineId: 'led',
            amountMinor: 113_000_000,
            vatBasisPoints: 1300,
            amountExclusiveMinor: 100_000_000,
          },
        ],
        paymentPlan: [{ instalmentId: 'i1', name: '预付款', dueOn: '2027-03-20', amountMinor: 113_000_000 }],
        reportId: 'r1',
        reportOverride: null,
        creditOverride: null,
        signedBy: 'p-li',
      }),
    );
    expect(factsOf(signed, ZONE)).toMatchObject([
      {
        kind: 'sale',
        businessDate: '2027-03-08',
        personId: 'p-li',
        divisionId: 'd-east',
        amountMinor: 113_000_000,
        amountExclusiveMinor: 100_000_000,
        costEstimateMinor: 70_000_000,
        lines: [{ productLineId: 'led', amountMinor: 113_000_000, amountExclusiveMinor: 100_000_000 }],
      },
    ]);
    const reversed = received(
      'contracts',
      contractsPublishedEvent('PaymentReversed', {
        ...party,
        paymentId: 'rev-1',
        reversalOf: 'pay-1',
        amountMinor: 5_000_000,
        currency: 'CNY',
        reversedOn: '2027-04-02',
        reason: '退票',
        recordedBy: 'p-fin',
      }),
    );
    expect(factsOf(reversed, ZONE)).toMatchObject([
      {
        kind: 'payment',
        businessDate: '2027-04-02',
        paymentId: 'rev-1',
        reversalOf: 'pay-1',
        amountMinor: -5_000_000,
      },
    ]);
  });
});
