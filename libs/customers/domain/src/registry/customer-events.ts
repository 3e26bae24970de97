import type { OwnerChangeReason } from '@sales/customers/events';
import type { BusinessDate, DomainEvent } from '@sales/shared/domain';

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
  | CustomerOwnerChanged
  | CustomerMerged
  | CustomerAbsorbed;

export const customerStreamId = (customerId: string) => `customer-${customerId}`;
