import type { OwnerChangeReason } from '@sales/customers/events';
import type { OrgTree } from '@sales/org/events';
import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { CustomerContact, CustomerProfile } from './customer-events';
import type { ExistingCustomer } from './customer-state';

/** What every registry command is checked against: who asks, the org tree as of today, and today. */
export type Circumstances = Readonly<{ actor: Actor; org: OrgTree; today: BusinessDate }>;

export type RegisterCustomer = Command<
  'RegisterCustomer',
  Circumstances &
    Readonly<{
      customerId: string;
      profile: CustomerProfile;
      contacts: readonly CustomerContact[];
      notes: string;
      /** undefined: the registering salesperson; null: the company pool (VP, sales admin, admin). */
      ownerId: string | null | undefined;
    }>
>;

export type EditCustomer = Command<
  'EditCustomer',
  Circumstances & Readonly<{ profile: CustomerProfile; contacts: readonly CustomerContact[]; notes: string }>
>;

/** From contracts' events: the customer's first contract is signed (潜在 → 成交). */
export type ActivateCustomer = Command<
  'ActivateCustomer',
  Readonly<{ contractId: string; activatedOn: BusinessDate }>
>;

/** C6: hand the customer to another salesperson, with a reason. */
export type TransferCustomer = Command<
  'TransferCustomer',
  Circumstances & Readonly<{ toOwnerId: string; reason: OwnerChangeReason; note: string }>
>;

/** Merge this (duplicate) record into the survivor: asked of the duplicate's stream. */
export type MergeCustomer = Command<
  'MergeCustomer',
  Circumstances & Readonly<{ survivor: ExistingCustomer }>
>;

/** The survivor's side of a merge: it takes the duplicate's contacts and notes. */
export type AbsorbCustomer = Command<
  'AbsorbCustomer',
  Circumstances & Readonly<{ merged: ExistingCustomer }>
>;

export type CustomerCommand =
  | RegisterCustomer
  | EditCustomer
  | ActivateCustomer
  | TransferCustomer
  | MergeCustomer
  | AbsorbCustomer;
