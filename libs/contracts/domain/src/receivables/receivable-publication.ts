import type { PublishedEvent } from '@sales/shared/domain';
import { contractsPublishedEvent } from '@sales/contracts/events';
import type { ReceivableEvent, ReceivableParty } from './receivable-events';
import type { ReceivableState } from './receivable-state';

const published = ({ currency: _currency, ...party }: ReceivableParty) => party;

/**
 * What other contexts see of the receivable stream: each internal event as its published v1, the
 * contract's party flattened in, the currency beside every amount. Without an invoice named, a
 * payment is published with the oldest due invoice it settled first (null when it settled none).
 */
export function publishReceivable(event: ReceivableEvent, state: ReceivableState): readonly PublishedEvent[] {
  const { currency } = event.data.party;
  const party = published(event.data.party);
  switch (event.type) {
    case 'InvoiceIssued': {
      const { invoiceId, instalmentId, amountMinor, issuedOn, dueOn, issuedBy } = event.data;
      return [
        contractsPublishedEvent('InvoiceIssued', {
          invoiceId,
          ...party,
          instalmentId,
          amountMinor,
          currency,
          issuedOn,
          dueOn,
          issuedBy,
        }),
      ];
    }
    case 'InvoiceVoided': {
      const { invoiceId, voidedOn, reason, voidedBy } = event.data;
      const invoice = state.invoices.find((i) => i.invoiceId === invoiceId);
      return [
        contractsPublishedEvent('InvoiceVoided', {
          invoiceId,
          ...party,
          instalmentId: invoice?.instalmentId ?? '',
          amountMinor: invoice?.amountMinor ?? 0,
          currency,
          voidedOn,
          reason,
          voidedBy,
        }),
      ];
    }
    case 'PaymentReceived': {
      const { paymentId, amountMinor, receivedOn, method, invoiceId, allocations, prepayment, recordedBy } =
        event.data;
      return [
        contractsPublishedEvent('PaymentReceived', {
          paymentId,
          ...party,
          amountMinor,
          currency,
          receivedOn,
          method,
          invoiceId: invoiceId ?? allocations[0]?.invoiceId ?? null,
          prepayment,
          recordedBy,
        }),
      ];
    }
    case 'PaymentReversed': {
      const { paymentId, reversalOf, amountMinor, reversedOn, reason, recordedBy } = event.data;
      return [
        contractsPublishedEvent('PaymentReversed', {
          paymentId,
          reversalOf,
          ...party,
          amountMinor,
          currency,
          reversedOn,
          reason,
          recordedBy,
        }),
      ];
    }
    case 'InstalmentOverdue': {
      const { instalmentId, name, dueOn, amountMinor, outstandingMinor, overdueOn } = event.data;
      return [
        contractsPublishedEvent('InstalmentOverdue', {
          ...party,
          instalmentId,
          name,
          dueOn,
          amountMinor,
          outstandingMinor,
          currency,
          overdueOn,
        }),
      ];
    }
  }
}
