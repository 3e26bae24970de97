import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  fold,
  specify,
} from '@sales/shared/domain';
import { customerDecider } from '../registry/customer';
import type { CustomerCommand } from '../registry/customer-commands';
import type { CustomerEvent } from '../registry/customer-events';
import type { ExistingCustomer } from '../registry/customer-state';
import { DEPARTMENT } from '../testing/department.fixture';
import { TODAY, circumstances, guard, inPool, registered, returned } from './pool.fixture';
import { requestApprover } from './request-approver';

const customer = specify(customerDecider);
const stateOf = (events: CustomerEvent[]) => fold(customerDecider, events) as ExistingCustomer;

const request = (by: string, reason = '我先联系的客户，已报价', requestId = 'q-1'): CustomerCommand => ({
  type: 'RequestCustomer',
  data: { ...circumstances(by), requestId, reason },
});
const requested = (requesterId: string, requestId = 'q-1'): CustomerEvent => ({
  type: 'CustomerRequested',
  data: {
    customerId: 'c-1',
    requestId,
    requesterId,
    ownerId: 'p-li',
    reason: '我先联系的客户，已报价',
    requestedOn: TODAY,
  },
});
const approve = (by: string, requestId = 'q-1', pool = guard()): CustomerCommand => ({
  type: 'ApproveCustomerRequest',
  data: { ...circumstances(by), ...pool, requestId, note: '' },
});
const reject = (by: string, note = '李娜已签意向书'): CustomerCommand => ({
  type: 'RejectCustomerRequest',
  data: { ...circumstances(by), requestId: 'q-1', note },
});

describe('撞单 requests for a customer someone else owns (C6)', () => {
  it('a salesperson who hit another’s customer asks for it, with a reason; nothing is published', () => {
    customer
      .given([registered()])
      .when(request('p-wang'))
      .then([requested('p-wang')]);
    expect(customer.given([registered()]).when(request('p-wang')).published()).toEqual([]);
  });

  it('the owner himself does not request his own customer', () => {
    customer.given([registered()]).when(request('p-li')).thenThrows(DomainError, 'request-own-customer');
  });

  it('a pool customer is claimed, not requested; a reason is required; one pending request per person', () => {
    customer.given([inPool()]).when(request('p-wang')).thenThrows(ConflictError, 'customer-in-pool');
    customer.given([registered()]).when(request('p-wang', ' ')).thenThrows(DomainError, 'field-required');
    customer
      .given([registered(), requested('p-wang')])
      .when(request('p-wang', '再次申请', 'q-2'))
      .thenThrows(ConflictError, 'customer-request-pending');
    // Someone else may still ask.
    expect(
      customer
        .given([registered(), requested('p-wang')])
        .when(request('p-he', '华南客户', 'q-2'))
        .events(),
    ).toHaveLength(1);
  });

  it('finance does not request customers', () => {
    customer.given([registered()]).when(request('p-fin')).thenThrows(ForbiddenError, 'forbidden-role');
  });

  it('the owner’s manager approves: the customer moves to the requester (manager-decision), published without the reason', () => {
    const events = customer
      .given([registered(), requested('p-he')])
      .when(approve('p-chen'))
      .events();
    expect(events.map((e) => e.type)).toEqual(['CustomerRequestApproved', 'CustomerOwnerChanged']);
    expect(events[1].data).toMatchObject({
      fromOwnerId: 'p-li',
      toOwnerId: 'p-he',
      toDivisionId: 'd-south',
      reason: 'manager-decision',
      note: '我先联系的客户，已报价',
    });
    const published = customer
      .given([registered(), requested('p-he')])
      .when(approve('p-chen'))
      .published();
    expect(published.map((e) => e.type)).toEqual(['CustomerOwnerChanged']);
    expect(JSON.stringify(published)).not.toContain('报价');
    expect(stateOf([registered(), requested('p-he'), ...events]).requests[0]).toMatchObject({
      status: 'approved',
      deciderId: 'p-chen',
    });
  });

  it('the requester never approves his own request, even as a manager: it goes one level up', () => {
    customer
      .given([registered(), requested('p-chen')])
      .when(approve('p-chen'))
      .thenThrows(ForbiddenError, 'decide-own-request');
    expect(
      customer
        .given([registered(), requested('p-chen')])
        .when(approve('p-vp'))
        .events(),
    ).toHaveLength(2);
  });

  it('nobody but the owner’s manager decides: not the requester’s manager, not the owner', () => {
    const error = customer
      .given([registered(), requested('p-he')])
      .when(approve('p-zhou'))
      .thenThrows(ForbiddenError, 'not-request-approver');
    expect(error.details).toEqual({ requestId: 'q-1', approverId: 'p-chen' });
    customer
      .given([registered(), requested('p-he')])
      .when(reject('p-li'))
      .thenThrows(ForbiddenError, 'not-request-approver');
  });

  it('the manager rejects with a reason; the customer stays; a decided request is not decided again', () => {
    const events = customer
      .given([registered(), requested('p-he')])
      .when(reject('p-chen'))
      .events();
    expect(events).toEqual([
      {
        type: 'CustomerRequestRejected',
        data: {
          customerId: 'c-1',
          requestId: 'q-1',
          requesterId: 'p-he',
          deciderId: 'p-chen',
          note: '李娜已签意向书',
          decidedOn: TODAY,
        },
      },
    ]);
    expect(stateOf([registered(), requested('p-he'), ...events]).ownerId).toBe('p-li');
    customer
      .given([registered(), requested('p-he')])
      .when(reject('p-chen', ''))
      .thenThrows(DomainError, 'field-required');
    customer
      .given([registered(), requested('p-he'), ...events])
      .when(approve('p-chen'))
      .thenThrows(ConflictError, 'customer-request-decided');
    customer
      .given([registered()])
      .when(approve('p-chen', 'q-9'))
      .thenThrows(NotFoundError, 'unknown-customer-request');
  });

  it('an approval obeys the pool’s rules: not back to a previous owner within the cooling period', () => {
    const claimedByLi: CustomerEvent = {
      type: 'CustomerOwnerChanged',
      data: {
        customerId: 'c-1',
        fromOwnerId: null,
        fromDivisionId: null,
        toOwnerId: 'p-li',
        toDivisionId: 'd-east',
        reason: 'pool-claim',
        note: '',
        effectiveOn: '2026-11-26',
      },
    };
    const history = [
      registered({ ownerId: 'p-he', divisionId: 'd-south' }),
      returned('p-he', '2026-11-25'),
      claimedByLi,
      requested('p-he'),
    ];
    customer.given(history).when(approve('p-chen')).thenThrows(ConflictError, 'pool-cooling-period');
  });
});

describe('who decides a request', () => {
  it('the owner’s manager as of today; the VP when the owner has no manager or the manager is the requester', () => {
    expect(requestApprover(DEPARTMENT, 'p-li', 'p-he')).toBe('p-chen');
    expect(requestApprover(DEPARTMENT, 'p-li', 'p-chen')).toBe('p-vp');
    expect(requestApprover(DEPARTMENT, 'p-chen', 'p-he')).toBe('p-vp');
    const noManager: typeof DEPARTMENT = {
      ...DEPARTMENT,
      people: DEPARTMENT.people.map((p) => (p.id === 'p-li' ? { ...p, managerId: null } : p)),
    };
    expect(requestApprover(noManager, 'p-li', 'p-he')).toBe('p-vp');
  });

  it('a manager who has left does not decide', () => {
    const left: typeof DEPARTMENT = {
      ...DEPARTMENT,
      people: DEPARTMENT.people.map((p) => (p.id === 'p-chen' ? { ...p, status: 'left' as const } : p)),
    };
    expect(requestApprover(left, 'p-li', 'p-he')).toBe('p-vp');
  });
});
