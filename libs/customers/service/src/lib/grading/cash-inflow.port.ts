import type { CommandOutcome } from '@sales/shared/event-sourcing';

/** 回款 as contracts publishes it (PaymentReceived): money received from a customer on a date. */
export type PaymentReceived = Readonly<{
  paymentId: string;
  customerId: string;
  /** Integer minor units (分) of `currency`. */
  amountMinor: number;
  currency: string;
  /** The business date the money was received. */
  receivedOn: string;
}>;

/** 回款冲销: (part of) a payment undone; `paymentId` is the reversal's own id. */
export type PaymentReversalReceived = Readonly<{
  paymentId: string;
  customerId: string;
  reversalOf: string;
  amountMinor: number;
  receivedOn: string;
}>;

/** 成交: the customer's first contract was signed. */
export type CustomerContractSigned = Readonly<{
  customerId: string;
  contractId: string;
  activatedOn: string;
}>;

/**
 * What grading (C2) needs from the outside: cash coming in and going back, and the first signed
 * contract. Each call is idempotent (by payment id; a second contract changes nothing), so a
 * subscription may deliver the same event twice. A merged customer's id is graded as its survivor.
 *
 * The contracts issue wires `sales.contracts.events` to this port: a thin subscription adapter in
 * customers maps contracts' published PaymentReceived, PaymentReversed and ContractSigned (v1) to
 * these three calls. A refusal (a float amount, an unknown payment reversed) is an error code the
 * adapter lets the message processor retry and then dead-letter.
 */
export interface CashInflowPort {
  recordPayment(payment: PaymentReceived): Promise<CommandOutcome>;
  recordReversal(reversal: PaymentReversalReceived): Promise<CommandOutcome>;
  activate(activation: CustomerContractSigned): Promise<CommandOutcome>;
}
