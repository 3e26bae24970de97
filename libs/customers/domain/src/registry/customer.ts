import {
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  assertNever,
  type Actor,
} from '@sales/shared/domain';
import { approveRequest, rejectRequest, requestCustomer } from '../pool/customer-requests';
import { assertMayTake, assign, claim, release, returnIfDue } from '../pool/pool-decisions';
import type {
  AbsorbCustomer,
  CustomerCommand,
  EditCustomer,
  MergeCustomer,
  RecordContractSigned,
  RegisterCustomer,
  TransferCustomer,
} from './customer-commands';
import type { CustomerEvent } from './customer-events';
import { publishCustomerEvent } from './customer-publication';
import { divisionsManagedIn } from '../org-view';
import { canEditCustomer, divisionOfCustomer, isPossibleOwner } from './customer-scope';
import { type Customer, type ExistingCustomer, evolveCustomer, initialCustomer } from './customer-state';
import { assertValidRecord, sameRecord } from './customer-validation';

/** 客户 (C1, C6, C7): one customer's record, its owners, its merges, the pool and 撞单 requests. */
export const customerDecider: Aggregate<Customer, CustomerCommand, CustomerEvent> = {
  initialState: initialCustomer,
  evolve: evolveCustomer,
  decide,
  publish: publishCustomerEvent,
};

function decide(command: CustomerCommand, customer: Customer): CustomerEvent[] {
  switch (command.type) {
    case 'RegisterCustomer':
      return register(command.data, customer);
    case 'EditCustomer':
      return edit(command.data, requireLive(customer));
    case 'RecordContractSigned':
      return recordContract(command.data, requireCustomer(customer));
    case 'ActivateCustomer': {
      const { contractId, activatedOn } = command.data;
      return recordContract({ contractId, signedOn: activatedOn }, requireCustomer(customer));
    }
    case 'TransferCustomer':
      return transfer(command.data, requireLive(customer));
    case 'MergeCustomer':
      return merge(command.data, requireLive(customer));
    case 'AbsorbCustomer':
      return absorb(command.data, requireLive(customer));
    case 'ClaimCustomer':
      return claim(command.data, requireLive(customer));
    case 'AssignFromPool':
      return assign(command.data, requireLive(customer));
    case 'ReleaseToPool':
      return release(command.data, requireLive(customer));
    case 'ReturnToPoolIfDue':
      return customer.status === 'none' ? [] : returnIfDue(command.data, customer);
    case 'RequestCustomer':
      return requestCustomer(command.data, requireLive(customer));
    case 'ApproveCustomerRequest':
      return approveRequest(command.data, requireLive(customer));
    case 'RejectCustomerRequest':
      return rejectRequest(command.data, requireLive(customer));
    default:
      return assertNever(command);
  }
}

function register(data: RegisterCustomer['data'], customer: Customer): CustomerEvent[] {
  const { actor, org, today, customerId, profile, contacts, notes } = data;
  if (customer.status !== 'none') throw new ConflictError('customer-already-registered', { customerId });
  const ownerId = ownerFor(data);
  if (ownerId !== null && !isPossibleOwner(org, ownerId)) {
    throw new DomainError('owner-not-in-sales', { field: 'ownerId', ownerId });
  }
  assertValidRecord(profile, contacts);
  const divisionId = ownerId === null ? null : (org.people.find((p) => p.id === ownerId)?.divisionId ?? null);
  if (
    actor.role === 'division_manager' &&
    !divisionsManagedIn(org, actor.userId).includes(divisionId ?? '')
  ) {
    throw new ForbiddenError('owner-outside-your-division', { ownerId, userId: actor.userId });
  }
  return [
    {
      type: 'CustomerRegistered',
      data: { customerId, profile, contacts, notes, ownerId, divisionId, registeredOn: today },
    },
  ];
}

/**
 * Who will own a new customer: a salesperson registers for themself; a manager for someone of
 * their division; the VP, sales admin and admin for anyone, or into the pool (null).
 */
function ownerFor({ actor, ownerId }: RegisterCustomer['data']): string | null {
  switch (actor.role) {
    case 'salesperson':
      if (ownerId !== undefined && ownerId !== actor.userId) {
        throw new ForbiddenError('register-for-someone-else', { ownerId, userId: actor.userId });
      }
      return actor.userId;
    case 'division_manager':
      if (ownerId === null) throw new ForbiddenError('pool-needs-senior', { userId: actor.userId });
      return ownerId ?? actor.userId;
    case 'vp':
    case 'sales_admin':
    case 'admin':
      if (ownerId === undefined) throw new DomainError('field-required', { field: 'ownerId' });
      return ownerId;
    default:
      throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'register' });
  }
}

/**
 * Contracts may report every signing (and again after a retry): each new contract is recorded,
 * and the first makes the customer active.
 */
function recordContract(data: RecordContractSigned['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { customerId } = customer;
  const { contractId, signedOn } = data;
  if (customer.contractIds.includes(contractId)) return [];
  const signed: CustomerEvent = {
    type: 'CustomerContractSigned',
    data: { customerId, contractId, signedOn },
  };
  if (customer.status === 'active') return [signed];
  return [signed, { type: 'CustomerActivated', data: { customerId, contractId, activatedOn: signedOn } }];
}

function edit(data: EditCustomer['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, profile, contacts, notes } = data;
  if (!canEditCustomer(actor, customer, org)) {
    throw new ForbiddenError('not-your-customer', { customerId: customer.customerId, userId: actor.userId });
  }
  assertValidRecord(profile, contacts);
  if (sameRecord(customer, { profile, contacts, notes })) return [];
  return [
    {
      type: 'CustomerEdited',
      data: { customerId: customer.customerId, profile, contacts, notes, changedOn: today },
    },
  ];
}

/**
 * C6: the VP, sales admin and admin move any customer; a division manager within the division
 * (a move to another division is the VP's call). The new owner must be in sales today: a transfer
 * to someone outside the company, or who has left, is refused. A pool customer is claimed or
 * assigned, not transferred; the receiver's caps and cooling period hold as for the pool.
 */
function transfer(data: TransferCustomer['data'], customer: ExistingCustomer): CustomerEvent[] {
  const { actor, org, today, toOwnerId, reason, note, pool } = data;
  const { customerId } = customer;
  if (customer.ownerId === null) throw new ConflictError('customer-in-pool', { customerId });
  if (!org.people.some((p) => p.id === toOwnerId && p.status !== 'left')) {
    throw new DomainError('transfer-outside-company', { field: 'toOwnerId', toOwnerId });
  }
  if (!isPossibleOwner(org, toOwnerId)) {
    throw new DomainError('owner-not-in-sales', { field: 'toOwnerId', ownerId: toOwnerId });
  }
  if (reason.startsWith('pool-'))
    throw new DomainError('invalid-transfer-reason', { field: 'reason', reason });
  if (!note.trim()) throw new DomainError('field-required', { field: 'note' });
  if (customer.ownerId === toOwnerId)
    throw new DomainError('already-owner', { customerId, ownerId: toOwnerId });
  const toDivisionId = org.people.find((p) => p.id === toOwnerId)?.divisionId ?? null;
  if (actor.role === 'division_manager') {
    const managed = divisionsManagedIn(org, actor.userId);
    const from = divisionOfCustomer(customer, org);
    if (!managed.includes(from ?? '') || !managed.includes(toDivisionId ?? '')) {
      throw new ForbiddenError('transfer-outside-your-division', {
        customerId,
        toOwnerId,
        userId: actor.userId,
      });
    }
  } else if (!['vp', 'sales_admin', 'admin'].includes(actor.role)) {
    throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'transfer' });
  }
  if (pool) assertMayTake(customer, toOwnerId, { ...pool, today });
  return [
    {
      type: 'CustomerOwnerChanged',
      data: {
        customerId,
        fromOwnerId: customer.ownerId,
        fromDivisionId: customer.divisionId,
        toOwnerId,
        toDivisionId,
        reason,
        note: note.trim(),
        effectiveOn: today,
      },
    },
  ];
}

/** 合并: the VP or the sales-admin supervisor (and IT admin) merge two records of one company. */
function assertMayMerge({ actor }: Readonly<{ actor: Actor }>) {
  if (!['vp', 'sales_admin', 'admin'].includes(actor.role)) {
    throw new ForbiddenError('forbidden-role', { role: actor.role, action: 'merge' });
  }
}

function merge(data: MergeCustomer['data'], duplicate: ExistingCustomer): CustomerEvent[] {
  assertMayMerge(data);
  const { survivor, today } = data;
  if (survivor.customerId === duplicate.customerId) {
    throw new DomainError('merge-into-itself', { field: 'survivorId', customerId: duplicate.customerId });
  }
  if (survivor.mergedInto !== null) {
    throw new ConflictError('customer-merged', {
      customerId: survivor.customerId,
      survivorId: survivor.mergedInto,
    });
  }
  return [
    {
      type: 'CustomerMerged',
      data: { customerId: duplicate.customerId, survivorId: survivor.customerId, mergedOn: today },
    },
  ];
}

function absorb(data: AbsorbCustomer['data'], survivor: ExistingCustomer): CustomerEvent[] {
  assertMayMerge(data);
  const { merged, today } = data;
  // Retried after a crash between the two sides: the survivor already holds the duplicate.
  if (survivor.absorbed.includes(merged.customerId)) return [];
  return [
    {
      type: 'CustomerAbsorbed',
      data: {
        customerId: survivor.customerId,
        mergedId: merged.customerId,
        contacts: merged.contacts,
        notes: merged.notes,
        mergedOn: today,
      },
    },
  ];
}

function requireCustomer(customer: Customer): ExistingCustomer {
  if (customer.status === 'none') throw new NotFoundError('unknown-customer', {});
  return customer;
}

/** A merged record takes no more commands: they go to its survivor. */
function requireLive(customer: Customer): ExistingCustomer {
  const existing = requireCustomer(customer);
  if (existing.mergedInto !== null) {
    throw new ConflictError('customer-merged', {
      customerId: existing.customerId,
      survivorId: existing.mergedInto,
    });
  }
  return existing;
}
