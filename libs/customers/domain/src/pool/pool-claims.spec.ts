import { ConflictError, DomainError, ForbiddenError, fold, specify } from '@sales/shared/domain';
import { customerDecider } from '../registry/customer';
import type { CustomerCommand } from '../registry/customer-commands';
import type { CustomerEvent } from '../registry/customer-events';
import type { ExistingCustomer } from '../registry/customer-state';
import { PLACE_LEASE_MS } from './customer-book';
import { NOW, TODAY, circumstances, guard, inPool, registered, returned } from './pool.fixture';

const customer = specify(customerDecider);
const stateOf = (events: CustomerEvent[]) => fold(customerDecider, events) as ExistingCustomer;
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

const claim = (by: string, over: Partial<ReturnType<typeof guard>> = {}, today = TODAY): CustomerCommand => ({
  type: 'ClaimCustomer',
  data: { ...circumstances(by, today), ...guard(), ...over, note: ' 老客户介绍 ' },
});
const assign = (by: string, toOwnerId: string, note = '按区域分配'): CustomerCommand => ({
  type: 'AssignFromPool',
  data: { ...circumstances(by), ...guard(), toOwnerId, note },
});
const release = (by: string, note = '客户已转向竞争对手'): CustomerCommand => ({
  type: 'ReleaseToPool',
  data: { ...circumstances(by), note },
});
const transfer = (by: string, toOwnerId: string): CustomerCommand => ({
  type: 'TransferCustomer',
  data: { ...circumstances(by), toOwnerId, reason: 'territory', note: '区域调整', pool: guard() },
});

describe('领取 claiming from the pool (C7)', () => {
  it('a salesperson claims a pool customer for herself, with her reason; published as pool-claim', () => {
    const events = customer.given([inPool()]).when(claim('p-li')).events();
    expect(events).toEqual([
      {
        type: 'CustomerOwnerChanged',
        data: {
          customerId: 'c-1',
          fromOwnerId: null,
          fromDivisionId: null,
          toOwnerId: 'p-li',
          toDivisionId: 'd-east',
          reason: 'pool-claim',
          note: '老客户介绍',
          effectiveOn: TODAY,
        },
      },
    ]);
    const [published] = customer.given([inPool()]).when(claim('p-li')).published();
    expect(published).toMatchObject({ type: 'CustomerOwnerChanged', data: { reason: 'pool-claim' } });
    expect(published.data).not.toHaveProperty('note');
  });

  it('an owned customer cannot be claimed (409 naming its owner)', () => {
    const error = customer
      .given([registered()])
      .when(claim('p-wang'))
      .thenThrows(ConflictError, 'customer-not-in-pool');
    expect(error.details).toEqual({ customerId: 'c-1', ownerId: 'p-li' });
  });

  it('finance, or someone not in sales, does not claim', () => {
    customer.given([inPool()]).when(claim('p-fin')).thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('冷却期: the previous owner waits the cooling period after a return; others need not', () => {
    const history = [registered(), returned('p-li', '2026-11-25')];
    const error = customer
      .given(history)
      .when(claim('p-li'))
      .thenThrows(ConflictError, 'pool-cooling-period');
    expect(error.details).toMatchObject({ personId: 'p-li', returnedOn: '2026-11-25', until: '2026-12-02' });
    expect(customer.given(history).when(claim('p-wang')).events()).toHaveLength(1);
    // On the first day after the cooling period, she may take it again.
    expect(
      customer
        .given(history)
        .when(claim('p-li', {}, '2026-12-02'))
        .events(),
    ).toHaveLength(1);
  });

  it('the cooling period is the one in force: a VP who shortens it lets the owner back sooner', () => {
    const history = [registered(), returned('p-li', '2026-11-25')];
    const shorter = guard({ coolingDays: 3, version: 2 });
    expect(customer.given(history).when(claim('p-li', shorter)).events()).toHaveLength(1);
  });

  it('a place reserved longer ago than the lease is refused (a claim resumed after a crash)', () => {
    customer
      .given([inPool()])
      .when(claim('p-li', { now: later(PLACE_LEASE_MS) }))
      .thenThrows(ConflictError, 'place-reservation-expired');
  });
});

describe('分配 assigning from the pool', () => {
  it('the VP assigns a pool customer to any salesperson; published as pool-assignment', () => {
    const [event] = customer.given([inPool()]).when(assign('p-vp', 'p-he')).events();
    expect(event.data).toMatchObject({
      toOwnerId: 'p-he',
      toDivisionId: 'd-south',
      reason: 'pool-assignment',
    });
  });

  it('a manager assigns within his division only', () => {
    expect(customer.given([inPool()]).when(assign('p-chen', 'p-wang')).events()).toHaveLength(1);
    customer
      .given([inPool()])
      .when(assign('p-chen', 'p-he'))
      .thenThrows(ForbiddenError, 'assignment-outside-your-division');
  });

  it('a salesperson does not assign; the receiver must be in sales; the reason is required', () => {
    customer.given([inPool()]).when(assign('p-li', 'p-wang')).thenThrows(ForbiddenError, 'forbidden-role');
    customer.given([inPool()]).when(assign('p-vp', 'p-fin')).thenThrows(DomainError, 'owner-not-in-sales');
    customer
      .given([inPool()])
      .when(assign('p-vp', 'p-wang', ' '))
      .thenThrows(DomainError, 'field-required');
  });

  it('an assignment does not bypass the cooling period: not back to the previous owner', () => {
    customer
      .given([registered(), returned('p-li', '2026-11-25')])
      .when(assign('p-vp', 'p-li'))
      .thenThrows(ConflictError, 'pool-cooling-period');
  });

  it('an owned customer is not assigned', () => {
    customer
      .given([registered()])
      .when(assign('p-vp', 'p-wang'))
      .thenThrows(ConflictError, 'customer-not-in-pool');
  });
});

describe('退回公海 releasing to the pool', () => {
  it('the owner returns her customer with a reason; the cause stays internal', () => {
    const events = customer.given([registered()]).when(release('p-li')).events();
    expect(events[0]).toMatchObject({
      type: 'CustomerOwnerChanged',
      data: { fromOwnerId: 'p-li', toOwnerId: null, reason: 'pool-return', cause: { kind: 'released' } },
    });
    const [published] = customer.given([registered()]).when(release('p-li')).published();
    expect(Object.keys(published.data as object).sort()).toEqual([
      'customerId',
      'effectiveOn',
      'fromDivisionId',
      'fromOwnerId',
      'reason',
      'toDivisionId',
      'toOwnerId',
    ]);
    expect(stateOf([registered(), ...events]).owners.at(-1)).toMatchObject({
      ownerId: null,
      reason: 'pool-return',
    });
  });

  it('her manager may return it; a colleague or another division’s manager may not', () => {
    expect(customer.given([registered()]).when(release('p-chen')).events()).toHaveLength(1);
    customer.given([registered()]).when(release('p-wang')).thenThrows(ForbiddenError, 'not-your-customer');
    customer.given([registered()]).when(release('p-zhou')).thenThrows(ForbiddenError, 'not-your-customer');
  });

  it('needs a reason, and a customer already in the pool is not returned again', () => {
    customer.given([registered()]).when(release('p-li', '')).thenThrows(DomainError, 'field-required');
    customer.given([inPool()]).when(release('p-vp')).thenThrows(ConflictError, 'customer-in-pool');
  });
});

describe('转移 transfers obey the pool’s rules too', () => {
  it('a pool customer is claimed or assigned, never transferred', () => {
    customer.given([inPool()]).when(transfer('p-vp', 'p-wang')).thenThrows(ConflictError, 'customer-in-pool');
  });

  it('a transfer does not bring a returned customer back to its previous owner within the cooling period', () => {
    const history = [
      registered(),
      returned('p-li', '2026-11-25'),
      ...customer
        .given([registered(), returned('p-li', '2026-11-25')])
        .when(claim('p-wang'))
        .events(),
    ];
    customer.given(history).when(transfer('p-chen', 'p-li')).thenThrows(ConflictError, 'pool-cooling-period');
  });

  it('a transfer whose place in the receiver’s book has expired is refused', () => {
    const stale: CustomerCommand = {
      type: 'TransferCustomer',
      data: {
        ...circumstances('p-vp'),
        toOwnerId: 'p-wang',
        reason: 'territory',
        note: '区域调整',
        pool: guard({}, NOW, later(PLACE_LEASE_MS + 1)),
      },
    };
    customer.given([registered()]).when(stale).thenThrows(ConflictError, 'place-reservation-expired');
  });
});
