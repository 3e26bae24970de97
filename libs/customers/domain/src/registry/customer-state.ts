import type { CustomerStatus, OwnerChangeReason } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
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
    case 'CustomerActivated':
      return { ...customer, status: 'active', activatedOn: event.data.activatedOn };
    case 'CustomerOwnerChanged': {
      const { toOwnerId, toDivisionId, effectiveOn, reason } = event.data;
      return {
        ...customer,
        ownerId: toOwnerId,
        divisionId: toDivisionId,
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
  }
}
