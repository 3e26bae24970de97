import { type Aggregate, ConflictError, DomainError, NotFoundError, assertNever } from '@sales/shared/domain';
import type {
  IssueInvoice,
  MarkOverdueInstalments,
  ReceivableCommand,
  RecordPayment,
  ReversePayment,
  VoidInvoice,
} from './receivable-commands';
import type { InvoiceAllocation, ReceivableEvent } from './receivable-events';
import { publishReceivable } from './receivable-publication';
import { instalmentStandings } from './instalment-standing';
import {
  type ReceivableState,
  evolveReceivable,
  initialReceivableState,
  netReceivedMinor,
  openInvoicesOldestDueFirst,
} from './receivable-state';
import {
  assertContractCurrency,
  assertDate,
  assertFinance,
  assertNotFuture,
  assertOpen,
  assertPositiveFen,
  assertReason,
  partyOf,
} from './receivable-rules';

/*
 * 应收账款 (K5): one stream per contract, `receivable-<contractId>`, decided against the contract as
 * `contractView` reads it. Ids are the client's (invoiceId, paymentId): a retried request with the
 * same id and content records nothing more; the same id with other content is a 409.
 */

function issueInvoice(data: IssueInvoice['data'], state: ReceivableState): ReceivableEvent[] {
  const { contract, by, today, invoiceId, instalmentId, amountMinor, issuedOn, dueOn } = data;
  assertFinance(by);
  const existing = state.invoices.find((i) => i.invoiceId === invoiceId);
  if (existing) {
    const same =
      existing.instalmentId === instalmentId &&
      existing.amountMinor === amountMinor &&
      existing.issuedOn === issuedOn &&
      existing.dueOn === dueOn;
    if (same) return [];
    throw new ConflictError('invoice-id-taken', { invoiceId });
  }
  assertPositiveFen('amountMinor', amountMinor);
  assertContractCurrency(contract, data.currency);
  assertDate('issuedOn', issuedOn);
  assertDate('dueOn', dueOn);
  if (dueOn < issuedOn) throw new DomainError('due-before-issue', { field: 'dueOn', issuedOn, dueOn });
  assertNotFuture('issuedOn', issuedOn, today);
  assertOpen(contract);
  const instalment = contract.terms.paymentPlan.find((i) => i.instalmentId === instalmentId);
  if (!instalment)
    throw new NotFoundError('unknown-instalment', { instalmentId, contractId: contract.terms.contractId });
  const invoicedMinor = state.invoices
    .filter((i) => i.instalmentId === instalmentId && i.voided === null)
    .reduce((sum, i) => sum + i.amountMinor, 0);
  if (invoicedMinor + amountMinor > instalment.amountMinor)
    throw new ConflictError('invoice-exceeds-instalment', {
      instalmentId,
      name: instalment.name,
      instalmentMinor: instalment.amountMinor,
      invoicedMinor,
      requestedMinor: amountMinor,
      currency: contract.terms.currency,
    });
  return [
    {
      type: 'InvoiceIssued',
      data: {
        party: partyOf(contract),
        invoiceId,
        instalmentId,
        amountMinor,
        issuedOn,
        dueOn,
        issuedBy: by.personId,
      },
    },
  ];
}

function voidInvoice(data: VoidInvoice['data'], state: ReceivableState): ReceivableEvent[] {
  const { contract, by, today, invoiceId, voidedOn } = data;
  assertFinance(by);
  const invoice = state.invoices.find((i) => i.invoiceId === invoiceId);
  if (!invoice) throw new NotFoundError('unknown-invoice', { invoiceId });
  if (invoice.voided !== null) {
    if (invoice.voided.on === voidedOn && invoice.voided.reason === data.reason.trim()) return [];
    throw new ConflictError('invoice-already-voided', { invoiceId, redDate: invoice.voided.on });
  }
  const reason = assertReason(data.reason);
  assertDate('voidedOn', voidedOn);
  assertNotFuture('voidedOn', voidedOn, today);
  if (voidedOn < invoice.issuedOn)
    throw new DomainError('void-before-issue', {
      field: 'voidedOn',
      redDate: voidedOn,
      issuedOn: invoice.issuedOn,
    });
  return [
    {
      type: 'InvoiceVoided',
      data: { party: partyOf(contract), invoiceId, reason, voidedOn, voidedBy: by.personId },
    },
  ];
}

/** The named invoice first, then the oldest due open invoices, each up to what it still lacks. */
function allocate(state: ReceivableState, amountMinor: number, named: string | null): InvoiceAllocation[] {
  const open = openInvoicesOldestDueFirst(state);
  const ordered =
    named === null
      ? open
      : [...open.filter((i) => i.invoiceId === named), ...open.filter((i) => i.invoiceId !== named)];
  const allocations: InvoiceAllocation[] = [];
  let left = amountMinor;
  for (const invoice of ordered) {
    if (left === 0) break;
    const part = Math.min(left, invoice.amountMinor - invoice.settledMinor);
    allocations.push({ invoiceId: invoice.invoiceId, amountMinor: part });
    left -= part;
  }
  return allocations;
}

function recordPayment(data: RecordPayment['data'], state: ReceivableState): ReceivableEvent[] {
  const { contract, by, today, paymentId, amountMinor, receivedOn, method, invoiceId } = data;
  assertFinance(by);
  const existing = state.payments.find((p) => p.paymentId === paymentId);
  if (existing) {
    const same =
      existing.amountMinor === amountMinor &&
      existing.receivedOn === receivedOn &&
      existing.method === method &&
      existing.invoiceId === invoiceId;
    if (same) return [];
    throw new ConflictError('payment-id-taken', { paymentId });
  }
  if (state.reversals.some((r) => r.paymentId === paymentId))
    throw new ConflictError('payment-id-taken', { paymentId });
  assertPositiveFen('amountMinor', amountMinor);
  assertContractCurrency(contract, data.currency);
  assertDate('receivedOn', receivedOn);
  assertNotFuture('receivedOn', receivedOn, today);
  if (invoiceId !== null) {
    const invoice = state.invoices.find((i) => i.invoiceId === invoiceId);
    if (!invoice) throw new NotFoundError('unknown-invoice', { field: 'invoiceId', invoiceId });
    if (invoice.voided !== null)
      throw new ConflictError('invoice-voided', { invoiceId, redDate: invoice.voided.on });
  }
  // Money beyond the contract amount is not a receivable of this contract: refund it, or sign more.
  const owedMinor = contract.terms.amountMinor - netReceivedMinor(state);
  if (amountMinor > owedMinor)
    throw new ConflictError('payment-exceeds-contract', {
      requestedMinor: amountMinor,
      owedMinor,
      currency: contract.terms.currency,
    });
  const prepayment = !state.invoices.some((i) => i.voided === null);
  return [
    {
      type: 'PaymentReceived',
      data: {
        party: partyOf(contract),
        paymentId,
        amountMinor,
        receivedOn,
        method,
        invoiceId,
        allocations: allocate(state, amountMinor, invoiceId),
        prepayment,
        recordedBy: by.personId,
      },
    },
  ];
}

function reversePayment(data: ReversePayment['data'], state: ReceivableState): ReceivableEvent[] {
  const { contract, by, today, paymentId, reversalOf, amountMinor, reversedOn } = data;
  assertFinance(by);
  const existing = state.reversals.find((r) => r.paymentId === paymentId);
  if (existing) {
    const same =
      existing.reversalOf === reversalOf &&
      existing.amountMinor === amountMinor &&
      existing.reversedOn === reversedOn;
    if (same) return [];
    throw new ConflictError('payment-id-taken', { paymentId });
  }
  if (state.payments.some((p) => p.paymentId === paymentId))
    throw new ConflictError('payment-id-taken', { paymentId });
  const original = state.payments.find((p) => p.paymentId === reversalOf);
  if (!original) throw new NotFoundError('unknown-payment', { paymentId: reversalOf });
  assertPositiveFen('amountMinor', amountMinor);
  const reason = assertReason(data.reason);
  assertDate('reversedOn', reversedOn);
  assertNotFuture('reversedOn', reversedOn, today);
  if (reversedOn < original.receivedOn)
    throw new DomainError('reversal-before-payment', {
      field: 'reversedOn',
      reversedOn,
      receivedOn: original.receivedOn,
    });
  const remainingMinor = original.amountMinor - original.reversedMinor;
  if (amountMinor > remainingMinor)
    throw new ConflictError('reversal-exceeds-payment', {
      paymentId: reversalOf,
      requestedMinor: amountMinor,
      remainingMinor,
      currency: contract.terms.currency,
    });
  return [
    {
      type: 'PaymentReversed',
      data: {
        party: partyOf(contract),
        paymentId,
        reversalOf,
        amountMinor,
        reversedOn,
        reason,
        recordedBy: by.personId,
      },
    },
  ];
}

/**
 * The daily job's decision: instalments past their due date (today after it) and not fully
 * received by today, not yet announced, of an open contract. Decided in this stream, so replicas
 * racing on it append it once (the loser decides again on the winner's events and finds nothing).
 */
function markOverdue(data: MarkOverdueInstalments['data'], state: ReceivableState): ReceivableEvent[] {
  const { contract, today } = data;
  if (contract.status === 'terminated') return [];
  const party = partyOf(contract);
  return instalmentStandings(contract.terms.paymentPlan, netReceivedMinor(state, today), today)
    .filter((s) => s.status === 'overdue' && !state.overdueInstalments.includes(s.instalmentId))
    .map(
      (s): ReceivableEvent => ({
        type: 'InstalmentOverdue',
        data: {
          party,
          instalmentId: s.instalmentId,
          name: s.name,
          dueOn: s.dueOn,
          amountMinor: s.amountMinor,
          outstandingMinor: s.outstandingMinor,
          overdueOn: today,
        },
      }),
    );
}

function decide(command: ReceivableCommand, state: ReceivableState): ReceivableEvent[] {
  switch (command.type) {
    case 'IssueInvoice':
      return issueInvoice(command.data, state);
    case 'VoidInvoice':
      return voidInvoice(command.data, state);
    case 'RecordPayment':
      return recordPayment(command.data, state);
    case 'ReversePayment':
      return reversePayment(command.data, state);
    case 'MarkOverdueInstalments':
      return markOverdue(command.data, state);
    default:
      return assertNever(command);
  }
}

export const receivableDecider: Aggregate<ReceivableState, ReceivableCommand, ReceivableEvent> = {
  initialState: initialReceivableState,
  evolve: evolveReceivable,
  decide,
  publish: publishReceivable,
};
