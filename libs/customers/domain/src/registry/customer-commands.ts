import type { OwnerChangeReason } from '@sales/customers/events';
import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { OrgView } from '../org-view';
import type { PoolCommand, PoolGuard } from '../pool/pool-commands';
import type { CustomerContact, CustomerProfile } from './customer-events';
import type { ExistingCustomer } from './customer-state';

/** What every registry command is checked against: who asks, the org tree as of today, and today. */
export type Circumstances = Readonly<{ actor: Actor; org: OrgView; today: BusinessDate }>;

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

/**
 * From contracts' events: a contract is signed with the customer. Every signing is recorded (the
 * pool's no-contract rule counts from the last); the first makes the customer active (潜在 → 成交).
 */
export type RecordContractSigned = Command<
  'RecordContractSigned',
  Readonly<{ contractId: string; signedOn: BusinessDate }>
>;

/** The first name of RecordContractSigned, kept for its callers: the same decision. */
export type ActivateCustomer = Command<
  'ActivateCustomer',
  Readonly<{ contractId: string; activatedOn: BusinessDate }>
>;

/**
 * C6: hand the customer to another salesperson, with a reason. `pool` is the receiver's place and
 * the pool's rules (hold limit, cooling period): RegistryService always reserves and passes it;
 * only specs of the registry's own rules leave it out.
 */
export type TransferCustomer = Command<
  'TransferCustomer',
  Circumstances & Readonly<{ toOwnerId: string; reason: OwnerChangeReason; note: string; pool?: PoolGuard }>
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
  | RecordContractSigned
  | ActivateCustomer
  | TransferCustomer
  | MergeCustomer
  | AbsorbCustomer
  | PoolCommand;
