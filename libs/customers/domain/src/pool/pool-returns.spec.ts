import { fold, specify } from '@sales/shared/domain';
import { customerDecider } from '../registry/customer';
import type { CustomerCommand } from '../registry/customer-commands';
import type { CustomerEvent } from '../registry/customer-events';
import type { ExistingCustomer } from '../registry/customer-state';
import { DEFAULT_POOL_POLICY, type PoolPolicyVersion } from './pool-policy';
import { countsTowardHoldLimit } from './pool-rules';
import { contractSigned, inPool, registered } from './pool.fixture';

const customer = specify(customerDecider);
const stateOf = (events: CustomerEvent[]) => fold(customerDecider, events) as ExistingCustomer;

/** Registered (and owned by 李娜) on 1 October: 30 days without a visit → due 31 October. */
const check = (
  today: string,
  lastVisitOn: string | null = null,
  policy: Partial<PoolPolicyVersion> = {},
): CustomerCommand => ({
  type: 'ReturnToPoolIfDue',
  data: { today, lastVisitOn, policy: { ...DEFAULT_POOL_POLICY, ...policy } },
});
const warned = (
  dueOn: string,
  warnedOn: string,
  rule: 'no-follow-up' | 'no-contract' = 'no-follow-up',
): CustomerEvent => ({
  type: 'PoolReturnWarned',
  data: {
    customerId: 'c-1',
    ownerId: 'p-li',
    divisionId: 'd-east',
    dueOn,
    rule,
    since: '2026-10-01',
    policyVersion: 0,
    warnedOn,
  },
});

describe('自动退回公海 automatic returns (C7)', () => {
  it('nothing happens while the follow-up and contract rules are far from due', () => {
    customer.given([registered()]).when(check('2026-10-20')).then([]);
  });

  it('K days before the due date the owner is warned, once per due date; published for a messaging bridge', () => {
    customer
      .given([registered()])
      .when(check('2026-10-28'))
      .then([warned('2026-10-31', '2026-10-28')]);
    customer
      .given([registered(), warned('2026-10-31', '2026-10-28')])
      .when(check('2026-10-29'))
      .then([]);
    const [published] = customer.given([registered()]).when(check('2026-10-28')).published();
    expect(published).toEqual({
      type: 'CustomerPoolReturnWarned',
      schemaVersion: 1,
      data: {
        customerId: 'c-1',
        ownerId: 'p-li',
        divisionId: 'd-east',
        dueOn: '2026-10-31',
        rule: 'no-follow-up',
        since: '2026-10-01',
        warnedOn: '2026-10-28',
      },
    });
  });

  it('on the due date with no follow-up the customer returns, with the rule, its start and the policy version', () => {
    const events = customer
      .given([registered()])
      .when(check('2026-10-31', null, { version: 4 }))
      .events();
    expect(events).toEqual([
      {
        type: 'CustomerOwnerChanged',
        data: {
          customerId: 'c-1',
          fromOwnerId: 'p-li',
          fromDivisionId: 'd-east',
          toOwnerId: null,
          toDivisionId: null,
          reason: 'pool-return',
          note: '30 天未跟进（自 2026-10-01）/ no follow-up for 30 days (since 2026-10-01)',
          effectiveOn: '2026-10-31',
          cause: { kind: 'no-follow-up', since: '2026-10-01', days: 30, policyVersion: 4 },
        },
      },
    ]);
    const [published] = customer.given([registered()]).when(check('2026-10-31')).published();
    expect(published.data).toMatchObject({ toOwnerId: null, reason: 'pool-return' });
    expect(published.data).not.toHaveProperty('cause');
  });

  it('run again (a second replica, a retried round) it decides nothing: the customer is in the pool', () => {
    const events = customer.given([registered()]).when(check('2026-10-31')).events();
    customer
      .given([registered(), ...events])
      .when(check('2026-10-31'))
      .then([]);
    customer.given([inPool()]).when(check('2027-01-01')).then([]);
  });

  it('a visit moves the due date: the rule counts from the last follow-up', () => {
    customer.given([registered()]).when(check('2026-10-31', '2026-10-20')).then([]);
    const [event] = customer.given([registered()]).when(check('2026-11-16', '2026-10-20')).events();
    expect(event.data).toMatchObject({ dueOn: '2026-11-19', since: '2026-10-20', warnedOn: '2026-11-16' });
  });

  it('a new warning is given for a new due date (after a visit), not for the old one', () => {
    const history = [registered(), warned('2026-10-31', '2026-10-28')];
    const [event] = customer.given(history).when(check('2026-11-16', '2026-10-20')).events();
    expect(event).toMatchObject({ type: 'PoolReturnWarned', data: { dueOn: '2026-11-19' } });
  });

  it('visits before the current owner took the customer do not count against them: a new owner gets the full time', () => {
    const claimed: CustomerEvent = {
      type: 'CustomerOwnerChanged',
      data: {
        customerId: 'c-1',
        fromOwnerId: null,
        fromDivisionId: null,
        toOwnerId: 'p-wang',
        toDivisionId: 'd-east',
        reason: 'pool-claim',
        note: '',
        effectiveOn: '2026-11-20',
      },
    };
    customer
      .given([inPool('2026-06-01'), claimed])
      .when(check('2026-12-01', '2026-06-15'))
      .then([]);
    expect(stateOf([inPool(), claimed]).poolWarning).toBeNull();
  });

  it('no signed contract for M days returns a customer that is visited regularly', () => {
    const [event] = customer
      .given([registered()])
      .when(check('2026-12-30', '2026-12-28', { contractDays: 90 }))
      .events();
    expect(event).toMatchObject({
      type: 'CustomerOwnerChanged',
      data: { toOwnerId: null, cause: { kind: 'no-contract', since: '2026-10-01', days: 90 } },
    });
  });

  it('every contract signing is recorded and the no-contract rule counts from the last one', () => {
    const record = (contractId: string, signedOn: string): CustomerCommand => ({
      type: 'RecordContractSigned',
      data: { contractId, signedOn },
    });
    const first = customer.given([registered()]).when(record('k-1', '2026-10-10')).events();
    expect(first.map((e) => e.type)).toEqual(['CustomerContractSigned', 'CustomerActivated']);
    const second = customer
      .given([registered(), ...first])
      .when(record('k-2', '2026-12-01'))
      .events();
    expect(second.map((e) => e.type)).toEqual(['CustomerContractSigned']);
    expect(
      customer
        .given([registered(), ...first, ...second])
        .when(record('k-2', '2026-12-01'))
        .events(),
    ).toEqual([]);
    // Contracts publishes its signings; customers publishes only the activation.
    expect(
      customer
        .given([registered(), ...first])
        .when(record('k-2', '2026-12-01'))
        .published(),
    ).toEqual([]);
    const state = stateOf([registered(), ...first, ...second]);
    expect(state).toMatchObject({
      status: 'active',
      lastContractOn: '2026-12-01',
      contractIds: ['k-1', 'k-2'],
    });
    // From the first contract alone it would be back in the pool by now; from the last it is not due.
    expect(
      customer
        .given([registered(), ...first])
        .when(check('2027-02-20', '2027-02-15'))
        .events(),
    ).toHaveLength(1);
    customer
      .given([registered(), ...first, ...second])
      .when(check('2027-02-20', '2027-02-15'))
      .then([]);
  });

  it('a customer with a contract in the last 12 months does not count toward the hold limit', () => {
    const signed = stateOf([registered(), contractSigned('k-1', '2025-11-29')]);
    expect(countsTowardHoldLimit(signed, '2026-11-28')).toBe(false);
    expect(countsTowardHoldLimit(signed, '2026-11-29')).toBe(true);
    expect(countsTowardHoldLimit(stateOf([registered()]), '2026-11-28')).toBe(true);
  });
});
