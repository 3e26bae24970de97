import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { PaymentMethod } from '@sales/contracts/events';

/*
 * 应收账款 (K5) internal events of the receivable stream `receivable-<contractId>`. Each carries
 * the contract's party (customer, owner and division as the contract view stood when it was
 * recorded, and the contract's currency), so the publication needs nothing else.
 */

export const RECEIVABLE_STREAM_PREFIX = 'receivable-';
export const receivableStreamId = (contractId: string) => `${RECEIVABLE_STREAM_PREFIX}${contractId}`;

export type ReceivableParty = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
  currency: string;
}>;

/** How much of a payment went to which invoice. */
export type InvoiceAllocation = Readonly<{ invoiceId: string; amountMinor: number }>;

export type InvoiceIssued = DomainEvent<
  'InvoiceIssued',
  Readonly<{
    party: ReceivableParty;
    invoiceId: string;
    instalmentId: string;
    amountMinor: number;
    issuedOn: BusinessDate;
    dueOn: BusinessDate;
    issuedBy: string;
  }>
>;

export type InvoiceVoided = DomainEvent<
  'InvoiceVoided',
  Readonly<{
    party: ReceivableParty;
    invoiceId: string;
    reason: string;
    voidedOn: BusinessDate;
    voidedBy: string;
  }>
>;

export type PaymentReceived = DomainEvent<
  'PaymentReceived',
  Readonly<{
    party: ReceivableParty;
    paymentId: string;
    amountMinor: number;
    receivedOn: BusinessDate;
    method: PaymentMethod;
    /** The invoice finance named, or null. */
    invoiceId: string | null;
    /** Which open invoices it settled, in order: the named one first, then the oldest due. */
    allocations: readonly InvoiceAllocation[];
    prepayment: boolean;
    recordedBy: string;
  }>
>;

export type PaymentReversed = DomainEvent<
  'PaymentReversed',
  Readonly<{
    party: ReceivableParty;
    paymentId: string;
    reversalOf: string;
    amountMinor: number;
    reversedOn: BusinessDate;
    reason: string;
    recordedBy: string;
  }>
>;

export type InstalmentOverdue = DomainEvent<
  'InstalmentOverdue',
  Readonly<{
    party: ReceivableParty;
    instalmentId: string;
    name: string;
    dueOn: BusinessDate;
    amountMinor: number;
    outstandingMinor: number;
    overdueOn: BusinessDate;
  }>
>;

export type ReceivableEvent =
  | InvoiceIssued
  | InvoiceVoided
  | PaymentReceived
  | PaymentReversed
  | InstalmentOverdue;
