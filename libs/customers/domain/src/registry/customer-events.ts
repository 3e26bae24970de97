import type { OwnerChangeReason } from '@sales/customers/events';
import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { PoolEvent, PoolReturnCause } from '../pool/pool-events';

/*
 * The registry's internal events (stream `customer-<id>`): free to change. Contacts and notes are
 * personal data and stay here; what other systems see is the published mapping
 * (customer-publication.ts).
 */

/** The company's own facts (C1). */
export type CustomerProfile = Readonly<{
  name: string;
  /** 统一社会信用代码, upper-cased; optional for potential customers, validated when given. */
  creditCode: string | null;
  industry: string;
  region: string;
  source: string;
  address: string;
}>;

/** A person at the customer (个人信息: internal only). */
export type CustomerContact = Readonly<{
  name: string;
  title: string;
  phones: readonly string[];
  email: string | null;
}>;

export type CustomerRegistered = DomainEvent<
  'CustomerRegistered',
  Readonly<{
    customerId: string;
    profile: CustomerProfile;
    contacts: readonly CustomerContact[];
    notes: string;
    ownerId: string | null;
    divisionId: string | null;
    registeredOn: BusinessDate;
  }>
>;

/** An edit states the whole editable record as it now is. */
export type CustomerEdited = DomainEvent<
  'CustomerEdited',
  Readonly<{
    customerId: string;
    profile: CustomerProfile;
    contacts: readonly CustomerContact[];
    notes: string;
    changedOn: BusinessDate;
  }>
>;

export type CustomerActivated = DomainEvent<
  'CustomerActivated',
  Readonly<{ customerId: string; contractId: string; activatedOn: BusinessDate }>
>;

/** Every contract signed with the customer (the pool's no-contract rule counts from the last one). */
export type CustomerContractSigned = DomainEvent<
  'CustomerContractSigned',
  Readonly<{ customerId: string; contractId: string; signedOn: BusinessDate }>
>;

export type CustomerOwnerChanged = DomainEvent<
  'CustomerOwnerChanged',
  Readonly<{
    customerId: string;
    fromOwnerId: string | null;
    fromDivisionId: string | null;
    toOwnerId: string | null;
    toDivisionId: string | null;
    reason: OwnerChangeReason;
    note: string;
    effectiveOn: BusinessDate;
    /** On a pool return only: the rule that fired, or a person's release (pool-events.ts). */
    cause?: PoolReturnCause;
  }>
>;

/** This record was a duplicate: from now on it resolves to `survivorId`. */
export type CustomerMerged = DomainEvent<
  'CustomerMerged',
  Readonly<{ customerId: string; survivorId: string; mergedOn: BusinessDate }>
>;

/** The survivor takes the merged record's contacts and notes (its history stays readable there). */
export type CustomerAbsorbed = DomainEvent<
  'CustomerAbsorbed',
  Readonly<{
    customerId: string;
    mergedId: string;
    contacts: readonly CustomerContact[];
    notes: string;
    mergedOn: BusinessDate;
  }>
>;

export type CustomerEvent =
  | CustomerRegistered
  | CustomerEdited
  | CustomerActivated
  | CustomerContractSigned
  | CustomerOwnerChanged
  | CustomerMerged
  | CustomerAbsorbed
  | PoolEvent;

const TYPES: Readonly<Record<CustomerEvent['type'], true>> = {
  CustomerRegistered: true,
  CustomerEdited: true,
  CustomerActivated: true,
  CustomerContractSigned: true,
  CustomerOwnerChanged: true,
  CustomerMerged: true,
  CustomerAbsorbed: true,
  PoolReturnWarned: true,
  CustomerRequested: true,
  CustomerRequestApproved: true,
  CustomerRequestRejected: true,
};

/** Every event type of a customer stream (read models pick these out of the store). */
export const CUSTOMER_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(TYPES));

export const customerStreamId = (customerId: string) => `customer-${customerId}`;
