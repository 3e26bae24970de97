import type { CustomerStatus, OwnerChangeReason } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
import { type CustomerRequest, evolveRequests } from '../pool/customer-request-state';
import type { CustomerContact, CustomerEvent, CustomerProfile } from './customer-events';

/** One stretch of ownership: who held the customer from which date, and why it changed hands. */
export type Ownership = Readonly<{
  ownerId: string | null;
  divisionId: string | null;
  from: BusinessDate;
  reason: OwnerChangeReason | 'registered';
}>;

export type ExistingCustomer = Readonly<{
  customerId: string;
  status: CustomerStatus;
  profile: CustomerProfile;
  contacts: readonly CustomerContact[];
  notes: string;
  ownerId: string | null;
  divisionId: string | null;
  registeredOn: BusinessDate;
  activatedOn: BusinessDate | null;
  /** Contracts signed with the customer, and the date of the latest (the pool's no-contract rule). */
  contractIds: readonly string[];
  lastContractOn: BusinessDate | null;
  /** The pool return the current owner was last warned of (once per due date). */
  poolWarning: Readonly<{ dueOn: BusinessDate; warnedOn: BusinessDate }> | null;
  /** 撞单 requests for this customer, oldest first. */
  requests: readonly CustomerRequest[];
  /** Every owner the customer has had, oldest first (C6: the history of owners is kept). */
  owners: readonly Ownership[];
  /** Set once merged into another record: this id then resolves to that one. */
  mergedInto: string | null;
  /** Records merged into this one. */
  absorbed: readonly string[];
}>;

export type Customer = Readonly<{ status: 'none' }> | ExistingCustomer;

export const initialCustomer = (): Customer => ({ status: 'none' });

export function evolveCustomer(customer: Customer, event: CustomerEvent): Customer {
  if (event.type === 'CustomerRegistered') {
    const { customerId, profile, contacts, notes, ownerId, divisionId, registeredOn } = event.data;
    return {
      customerId,
      status: 'potential',
      profile,
      contacts,
      notes,
      ownerId,
      divisionId,
      registeredOn,
      activatedOn: null,
      contractIds: [],
      lastContractOn: null,
      poolWarning: null,
      requests: [],
      owners: [{ ownerId, divisionId, from: registeredOn, reason: 'registered' }],
      mergedInto: null,
      absorbed: [],
    };
  }
  if (customer.status === 'none') return customer;
  switch (event.type) {
    case 'CustomerEdited': {
      const { profile, contacts, notes } = event.data;
      return { ...customer, profile, contacts, notes };
    }
    case 'CustomerActivated': {
      // Streams from before CustomerContractSigned know their first contract from this alone.
      const { contractId, activatedOn } = event.data;
      return { ...withContract(customer, contractId, activatedOn), status: 'active', activatedOn };
    }
    case 'CustomerContractSigned':
      return withContract(customer, event.data.contractId, event.data.signedOn);
    case 'CustomerOwnerChanged': {
      const { toOwnerId, toDivisionId, effectiveOn, reason } = event.data;
      return {
        ...customer,
        ownerId: toOwnerId,
        divisionId: toDivisionId,
        poolWarning: null,
        owners: [
          ...customer.owners,
          { ownerId: toOwnerId, divisionId: toDivisionId, from: effectiveOn, reason },
        ],
      };
    }
    case 'CustomerMerged':
      return { ...customer, mergedInto: event.data.survivorId };
    case 'CustomerAbsorbed':
      return {
        ...customer,
        contacts: [...customer.contacts, ...event.data.contacts],
        notes: [customer.notes, event.data.notes].filter(Boolean).join('\n'),
        absorbed: [...customer.absorbed, event.data.mergedId],
      };
    case 'PoolReturnWarned':
      return { ...customer, poolWarning: { dueOn: event.data.dueOn, warnedOn: event.data.warnedOn } };
    case 'CustomerRequested':
    case 'CustomerRequestApproved':
    case 'CustomerRequestRejected':
      return { ...customer, requests: evolveRequests(customer.requests, event) };
  }
}

function withContract(customer: ExistingCustomer, contractId: string, signedOn: BusinessDate) {
  return {
    ...customer,
    contractIds: customer.contractIds.includes(contractId)
      ? customer.contractIds
      : [...customer.contractIds, contractId],
    lastContractOn:
      customer.lastContractOn !== null && customer.lastContractOn > signedOn
        ? customer.lastContractOn
        : signedOn,
  };
}
