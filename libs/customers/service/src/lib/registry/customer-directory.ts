import type { CustomerStatus } from '@sales/customers/events';

/** A customer as the other slices of customers need it: who owns it, where, and how it is called. */
export type CustomerSummary = Readonly<{
  customerId: string;
  name: string;
  status: CustomerStatus;
  /** null: in the company pool (公海). */
  ownerId: string | null;
  divisionId: string | null;
  registeredOn: string;
}>;

/**
 * The registry as the grading and field-work slices read it (implemented by the registry slice).
 * A merged customer's id resolves to its survivor.
 */
export abstract class CustomerDirectory {
  /** The customer (or its survivor when merged), brought up to date from the store; undefined when unknown. */
  abstract find(customerId: string): Promise<CustomerSummary | undefined>;
  /** Every customer not merged away, as the read model holds them. */
  abstract all(): Promise<readonly CustomerSummary[]>;
}
