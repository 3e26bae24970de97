import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type {
  CustomerContractSigned,
  PaymentReceived,
  PaymentReversalReceived,
} from '../grading/cash-inflow.port';

/*
 * What customers reads from contracts' published events (`sales.contracts.events`), as a tolerant
 * reader: only the fields it needs, checked, at the versions it knows. Everything else on the
 * topic (forms, reports, installation, invoices, …) is none of customers' business.
 */

/** One thing customers does because of a contracts event. */
export type ContractsFeedEffect =
  | Readonly<{ kind: 'contract-signed'; signed: CustomerContractSigned }>
  | Readonly<{ kind: 'payment'; payment: PaymentReceived }>
  | Readonly<{ kind: 'reversal'; reversal: PaymentReversalReceived }>;

/** The contracts event types customers consumes, with the schema versions it understands. */
export const CONSUMED_CONTRACTS_EVENTS: Readonly<Record<string, readonly number[]>> = {
  ContractSigned: [1],
  PaymentReceived: [1],
  PaymentReversed: [1],
};

/** A consumed event customers cannot read: the handler throws, so it is retried and dead-lettered. */
export class UnreadableContractsEvent extends Error {
  constructor(event: EventEnvelope, why: string) {
    super(`cannot read ${event.type} v${event.schemaVersion} ${event.id}: ${why}`);
    this.name = 'UnreadableContractsEvent';
  }
}

type Fields = Record<string, unknown>;

function text(event: EventEnvelope, data: Fields, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value.length === 0)
    throw new UnreadableContractsEvent(event, `${field} is not a non-empty string`);
  return value;
}

function fen(event: EventEnvelope, data: Fields, field: string): number {
  const value = data[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
    throw new UnreadableContractsEvent(event, `${field} is not a positive integer amount in minor units`);
  return value;
}

/**
 * The effect of one contracts event on customers, or undefined when customers has nothing to do
 * with it. A consumed type at a version customers does not know is refused rather than skipped:
 * skipping a payment would change a grade silently; refusing it dead-letters it, loudly.
 */
export function contractsFeedEffect(event: EventEnvelope): ContractsFeedEffect | undefined {
  const versions = CONSUMED_CONTRACTS_EVENTS[event.type];
  if (!versions) return undefined;
  if (!versions.includes(event.schemaVersion))
    throw new UnreadableContractsEvent(event, `customers reads versions ${versions.join(', ')} only`);
  const data = (event.data ?? {}) as Fields;
  switch (event.type) {
    case 'ContractSigned':
      return {
        kind: 'contract-signed',
        signed: {
          customerId: text(event, data, 'customerId'),
          contractId: text(event, data, 'contractId'),
          activatedOn: text(event, data, 'signedOn'),
        },
      };
    case 'PaymentReceived':
      return {
        kind: 'payment',
        payment: {
          paymentId: text(event, data, 'paymentId'),
          customerId: text(event, data, 'customerId'),
          amountMinor: fen(event, data, 'amountMinor'),
          currency: text(event, data, 'currency'),
          receivedOn: text(event, data, 'receivedOn'),
        },
      };
    default:
      return {
        kind: 'reversal',
        reversal: {
          paymentId: text(event, data, 'paymentId'),
          customerId: text(event, data, 'customerId'),
          reversalOf: text(event, data, 'reversalOf'),
          amountMinor: fen(event, data, 'amountMinor'),
          receivedOn: text(event, data, 'reversedOn'),
        },
      };
  }
}
