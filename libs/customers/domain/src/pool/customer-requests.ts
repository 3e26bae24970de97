import { ConflictError, DomainError, ForbiddenError, NotFoundError, type Actor } from '@sales/shared/domain';
import type { Circumstances } from '../registry/customer-commands';
import type { CustomerEvent } from '../registry/customer-events';
import { isPossibleOwner } from '../registry/customer-scope';
import type { ExistingCustomer } from '../registry/customer-state';
import type { CustomerRequest } from './customer-request-state';
import type { ApproveCustomerRequest, RejectCustomerRequest, RequestCustomer } from './pool-commands';
import { assertMayTake, ownerChanged } from './pool-decisions';
import { requestApprover } from './request-approver';

/** The org tree as of today, as the customer commands carry it. */
type OrgTree = Circumstances['org'];

/**
 * 撞单 (C6): someone who finds the customer owned by another asks for it; the owner's manager
 * approves (the customer moves to the requester, reason manager-decision, within the pool's caps)
 * or rejects, saying why. The request and its decision stay internal: the move itself is the
 * published CustomerOwnerChanged.
 */
export function requestCustomer(data: RequestCustomer['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, requestId, reason } = data;
  const { customerId, ownerId } = customer;
  if (!['salesperson', 'division_manager'].includes(actor.role) || !isPossibleOwner(org, actor.userId)) {
    throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'request' });
  }
  if (ownerId === null) throw new ConflictError('customer-in-pool', { customerId });
  if (ownerId === actor.userId) throw new DomainError('request-own-customer', { customerId });
  if (!reason.trim()) throw new DomainError('field-required', { field: 'reason' });
  const pending = customer.requests.find((r) => r.requesterId === actor.userId && r.status === 'pending');
  if (pending) {
    throw new ConflictError('customer-request-pending', { customerId, requestId: pending.requestId });
  }
  return [
    {
      type: 'CustomerRequested',
      data: {
        customerId,
        requestId,
        requesterId: actor.userId,
        ownerId,
        reason: reason.trim(),
        requestedOn: today,
      },
    },
  ];
}

export function approveRequest(
  data: ApproveCustomerRequest['data'],
  customer: ExistingCustomer,
): CustomerEvent[] {
  const { org, today, note } = data;
  const request = pendingRequest(customer, data.requestId);
  assertDecider(data.actor, request, customer, org);
  if (customer.ownerId === request.requesterId) {
    throw new DomainError('already-owner', { customerId: customer.customerId, ownerId: request.requesterId });
  }
  if (!isPossibleOwner(org, request.requesterId)) {
    throw new DomainError('owner-not-in-sales', { field: 'requesterId', ownerId: request.requesterId });
  }
  assertMayTake(customer, request.requesterId, data);
  const text = note.trim() || request.reason;
  return [
    { type: 'CustomerRequestApproved', data: decision(customer, request, data.actor, text, today) },
    ownerChanged(customer, org, request.requesterId, 'manager-decision', text, today),
  ];
}

export function rejectRequest(
  data: RejectCustomerRequest['data'],
  customer: ExistingCustomer,
): CustomerEvent[] {
  const { actor, org, today, note } = data;
  const request = pendingRequest(customer, data.requestId);
  assertDecider(actor, request, customer, org);
  if (!note.trim()) throw new DomainError('field-required', { field: 'note' });
  return [{ type: 'CustomerRequestRejected', data: decision(customer, request, actor, note.trim(), today) }];
}

function pendingRequest(customer: ExistingCustomer, requestId: string): CustomerRequest {
  const request = customer.requests.find((r) => r.requestId === requestId);
  if (!request) {
    throw new NotFoundError('unknown-customer-request', { customerId: customer.customerId, requestId });
  }
  if (request.status !== 'pending') {
    throw new ConflictError('customer-request-decided', { requestId, decision: request.status });
  }
  return request;
}

/** The owner's manager as of today decides; never the requester, whatever their role. */
function assertDecider(actor: Actor, request: CustomerRequest, customer: ExistingCustomer, org: OrgTree) {
  if (actor.userId === request.requesterId) {
    throw new ForbiddenError('decide-own-request', { requestId: request.requestId });
  }
  if (customer.ownerId === null)
    throw new ConflictError('customer-in-pool', { customerId: customer.customerId });
  const approverId = requestApprover(org, customer.ownerId, request.requesterId);
  if (actor.userId !== approverId) {
    throw new ForbiddenError('not-request-approver', { requestId: request.requestId, approverId });
  }
}

function decision(
  customer: ExistingCustomer,
  request: CustomerRequest,
  actor: Actor,
  note: string,
  today: string,
) {
  return {
    customerId: customer.customerId,
    requestId: request.requestId,
    requesterId: request.requesterId,
    deciderId: actor.userId,
    note,
    decidedOn: today,
  };
}
