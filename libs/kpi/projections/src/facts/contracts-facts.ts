import type {
  ContractSignedV1,
  ContractTerminatedV1,
  InvoiceIssuedV1,
  InvoiceVoidedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
} from '@sales/contracts/events';
import { type FactReaders, dataOf } from './fact-reader';

/** What the KPIs read from contracts: signings, approved terminations, invoices, 红冲, payments and reversals. */
export const CONTRACTS_FACT_READERS: FactReaders = {
  ContractSigned: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<ContractSignedV1>(event);
      return [
        {
          ...origin(d.signedOn),
          kind: 'sale',
          contractId: d.contractId,
          customerId: d.customerId,
          personId: d.ownerId,
          divisionId: d.division,
          currency: d.currency,
          amountMinor: d.amountMinor,
          amountExclusiveMinor: d.amountExclusiveMinor,
          costEstimateMinor: d.costEstimateMinor,
          lines: d.lines.map(({ productLineId, amountMinor, amountExclusiveMinor }) => ({
            productLineId,
            amountMinor,
            amountExclusiveMinor,
          })),
        },
      ];
    },
  },
  ContractTerminated: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<ContractTerminatedV1>(event);
      return [{ ...origin(d.terminatedOn), kind: 'termination', contractId: d.contractId }];
    },
  },
  InvoiceIssued: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<InvoiceIssuedV1>(event);
      return [
        {
          ...origin(d.issuedOn),
          kind: 'invoice',
          invoiceId: d.invoiceId,
          contractId: d.contractId,
          customerId: d.customerId,
          personId: d.ownerId,
          divisionId: d.divisionId,
          amountMinor: d.amountMinor,
          currency: d.currency,
          issuedOn: d.issuedOn,
          dueOn: d.dueOn,
        },
      ];
    },
  },
  InvoiceVoided: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<InvoiceVoidedV1>(event);
      return [
        { ...origin(d.voidedOn), kind: 'invoice-voided', invoiceId: d.invoiceId, contractId: d.contractId },
      ];
    },
  },
  PaymentReceived: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<PaymentReceivedV1>(event);
      return [
        {
          ...origin(d.receivedOn),
          kind: 'payment',
          paymentId: d.paymentId,
          reversalOf: null,
          contractId: d.contractId,
          customerId: d.customerId,
          personId: d.ownerId,
          divisionId: d.divisionId,
          amountMinor: d.amountMinor,
          currency: d.currency,
          prepayment: d.prepayment,
        },
      ];
    },
  },
  PaymentReversed: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<PaymentReversedV1>(event);
      return [
        {
          ...origin(d.reversedOn),
          kind: 'payment',
          paymentId: d.paymentId,
          reversalOf: d.reversalOf,
          contractId: d.contractId,
          customerId: d.customerId,
          personId: d.ownerId,
          divisionId: d.divisionId,
          amountMinor: -d.amountMinor,
          currency: d.currency,
          prepayment: false,
        },
      ];
    },
  },
};
