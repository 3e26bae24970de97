import type { BusinessDate } from '@sales/shared/domain';
import type { PaymentMethod } from '@sales/contracts/events';
import type { InvoiceAllocation, ReceivableEvent } from './receivable-events';

export type Invoice = Readonly<{
  invoiceId: string;
  instalmentId: string;
  amountMinor: number;
  issuedOn: BusinessDate;
  dueOn: BusinessDate;
  /** What payments settled of it (less what reversals and its voiding took back). */
  settledMinor: number;
  voided: Readonly<{ on: BusinessDate; reason: string }> | null;
}>;

export type Payment = Readonly<{
  paymentId: string;
  amountMinor: number;
  receivedOn: BusinessDate;
  method: PaymentMethod;
  invoiceId: string | null;
  /** Still allocated to invoices (a reversal or a void takes back from the last first). */
  allocations: readonly InvoiceAllocation[];
  prepayment: boolean;
  reversedMinor: number;
}>;

export type Reversal = Readonly<{
  paymentId: string;
  reversalOf: string;
  amountMinor: number;
  reversedOn: BusinessDate;
  reason: string;
}>;

/** One contract's receivable: its invoices, payments, reversals and the instalments announced overdue. */
export type ReceivableState = Readonly<{
  contractId: string | null;
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  reversals: readonly Reversal[];
  overdueInstalments: readonly string[];
}>;

export const initialReceivableState = (): ReceivableState => ({
  contractId: null,
  invoices: [],
  payments: [],
  reversals: [],
  overdueInstalments: [],
});

function settle(invoices: readonly Invoice[], allocations: readonly InvoiceAllocation[], sign: 1 | -1) {
  return invoices.map((invoice) => {
    const moved = allocations
      .filter((a) => a.invoiceId === invoice.invoiceId)
      .reduce((sum, a) => sum + a.amountMinor, 0);
    return moved === 0 ? invoice : { ...invoice, settledMinor: invoice.settledMinor + sign * moved };
  });
}

/** Takes `amountMinor` back from a payment's allocations, the last one first. */
export function takeBack(
  allocations: readonly InvoiceAllocation[],
  amountMinor: number,
): { kept: InvoiceAllocation[]; taken: InvoiceAllocation[] } {
  const kept = allocations.map((a) => ({ ...a }));
  const taken: InvoiceAllocation[] = [];
  let left = amountMinor;
  for (let i = kept.length - 1; i >= 0 && left > 0; i--) {
    const part = Math.min(kept[i].amountMinor, left);
    kept[i].amountMinor -= part;
    left -= part;
    taken.push({ invoiceId: kept[i].invoiceId, amountMinor: part });
  }
  return { kept: kept.filter((a) => a.amountMinor > 0), taken };
}

export function evolveReceivable(state: ReceivableState, event: ReceivableEvent): ReceivableState {
  const contractId = event.data.party.contractId;
  switch (event.type) {
    case 'InvoiceIssued': {
      const { invoiceId, instalmentId, amountMinor, issuedOn, dueOn } = event.data;
      const invoice: Invoice = {
        invoiceId,
        instalmentId,
        amountMinor,
        issuedOn,
        dueOn,
        settledMinor: 0,
        voided: null,
      };
      return { ...state, contractId, invoices: [...state.invoices, invoice] };
    }
    case 'InvoiceVoided': {
      const { invoiceId, voidedOn, reason } = event.data;
      // 红冲 releases what payments had settled of it: that money stays received on the contract.
      const payments = state.payments.map((p) => ({
        ...p,
        allocations: p.allocations.filter((a) => a.invoiceId !== invoiceId),
      }));
      const invoices = state.invoices.map((i) =>
        i.invoiceId === invoiceId ? { ...i, settledMinor: 0, voided: { on: voidedOn, reason } } : i,
      );
      return { ...state, contractId, invoices, payments };
    }
    case 'PaymentReceived': {
      const { paymentId, amountMinor, receivedOn, method, invoiceId, allocations, prepayment } = event.data;
      const payment: Payment = {
        paymentId,
        amountMinor,
        receivedOn,
        method,
        invoiceId,
        allocations,
        prepayment,
        reversedMinor: 0,
      };
      return {
        ...state,
        contractId,
        invoices: settle(state.invoices, allocations, 1),
        payments: [...state.payments, payment],
      };
    }
    case 'PaymentReversed': {
      const { paymentId, reversalOf, amountMinor, reversedOn, reason } = event.data;
      const original = state.payments.find((p) => p.paymentId === reversalOf);
      const { kept, taken } = takeBack(original?.allocations ?? [], amountMinor);
      const payments = state.payments.map((p) =>
        p.paymentId === reversalOf
          ? { ...p, allocations: kept, reversedMinor: p.reversedMinor + amountMinor }
          : p,
      );
      const reversal: Reversal = { paymentId, reversalOf, amountMinor, reversedOn, reason };
      return {
        ...state,
        contractId,
        invoices: settle(state.invoices, taken, -1),
        payments,
        reversals: [...state.reversals, reversal],
      };
    }
    case 'InstalmentOverdue':
      return {
        ...state,
        contractId,
        overdueInstalments: [...state.overdueInstalments, event.data.instalmentId],
      };
  }
}

/** 实收: payments received by the end of `asOf` less reversals dated by then (all of them without a date). */
export function netReceivedMinor(state: ReceivableState, asOf?: BusinessDate): number {
  const by = (date: BusinessDate) => asOf === undefined || date <= asOf;
  const received = state.payments.filter((p) => by(p.receivedOn)).reduce((s, p) => s + p.amountMinor, 0);
  const reversed = state.reversals.filter((r) => by(r.reversedOn)).reduce((s, r) => s + r.amountMinor, 0);
  return received - reversed;
}

/** Open invoices (not voided, not fully settled), oldest due first: the order payments settle them. */
export function openInvoicesOldestDueFirst(state: ReceivableState): Invoice[] {
  return state.invoices
    .filter((i) => i.voided === null && i.settledMinor < i.amountMinor)
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.issuedOn.localeCompare(b.issuedOn) ||
        state.invoices.indexOf(a) - state.invoices.indexOf(b),
    );
}
