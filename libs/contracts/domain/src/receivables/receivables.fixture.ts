import type { ContractView, PlanInstalment } from '../signing/contract-terms';
import type { ReceivablesPerson } from './receivable-commands';
import type {
  InstalmentOverdue,
  InvoiceAllocation,
  InvoiceIssued,
  InvoiceVoided,
  PaymentReceived,
  PaymentReversed,
  ReceivableParty,
} from './receivable-events';

/* Event factories and a contract for the receivables specs: 1,000,000.00 元 in three instalments. */

export const yuan = (amount: number) => amount * 100;

export const finance: ReceivablesPerson = { personId: 'p-fin', role: 'finance' };
export const salesperson: ReceivablesPerson = { personId: 'p-li', role: 'salesperson' };

export const plan: readonly PlanInstalment[] = [
  { instalmentId: 'i1', name: '预付款', dueOn: '2027-01-31', amountMinor: yuan(300_000) },
  { instalmentId: 'i2', name: '到货款', dueOn: '2027-03-31', amountMinor: yuan(500_000) },
  { instalmentId: 'i3', name: '验收款', dueOn: '2027-06-30', amountMinor: yuan(200_000) },
];

export const contract: ContractView = {
  terms: {
    contractId: 'k-1',
    formNumber: 'HT-2027-0001',
    customerId: 'c-1',
    signerId: 'p-li',
    divisionId: 'd-east',
    signedOn: '2027-01-10',
    currency: 'CNY',
    amountMinor: yuan(1_000_000),
    costEstimateMinor: yuan(600_000),
    lines: [{ productLineId: 'led', amountMinor: yuan(1_000_000), vatBasisPoints: 1300 }],
    paymentPlan: plan,
    reportId: 'r-1',
    override: null,
  },
  ownerId: 'p-li',
  divisionId: 'd-east',
  status: 'open',
  terminatedOn: null,
};

export const terminated: ContractView = { ...contract, status: 'terminated', terminatedOn: '2027-04-15' };

export const party: ReceivableParty = {
  contractId: 'k-1',
  customerId: 'c-1',
  ownerId: 'p-li',
  divisionId: 'd-east',
  currency: 'CNY',
};

export const invoiceIssued = (
  invoiceId: string,
  instalmentId: string,
  amountMinor: number,
  issuedOn: string,
  dueOn: string,
): InvoiceIssued => ({
  type: 'InvoiceIssued',
  data: { party, invoiceId, instalmentId, amountMinor, issuedOn, dueOn, issuedBy: 'p-fin' },
});

export const invoiceVoided = (invoiceId: string, voidedOn: string, reason = '抬头有误'): InvoiceVoided => ({
  type: 'InvoiceVoided',
  data: { party, invoiceId, reason, voidedOn, voidedBy: 'p-fin' },
});

export const paymentReceived = (
  paymentId: string,
  amountMinor: number,
  receivedOn: string,
  allocations: readonly InvoiceAllocation[] = [],
  options: Partial<Pick<PaymentReceived['data'], 'invoiceId' | 'prepayment' | 'method'>> = {},
): PaymentReceived => ({
  type: 'PaymentReceived',
  data: {
    party,
    paymentId,
    amountMinor,
    receivedOn,
    method: options.method ?? 'bank_transfer',
    invoiceId: options.invoiceId ?? null,
    allocations,
    prepayment: options.prepayment ?? false,
    recordedBy: 'p-fin',
  },
});

export const paymentReversed = (
  paymentId: string,
  reversalOf: string,
  amountMinor: number,
  reversedOn: string,
  reason = '退票',
): PaymentReversed => ({
  type: 'PaymentReversed',
  data: { party, paymentId, reversalOf, amountMinor, reversedOn, reason, recordedBy: 'p-fin' },
});

export const instalmentOverdue = (
  instalmentId: string,
  outstandingMinor: number,
  overdueOn: string,
): InstalmentOverdue => {
  const i = plan.find((p) => p.instalmentId === instalmentId) ?? plan[0];
  return {
    type: 'InstalmentOverdue',
    data: {
      party,
      instalmentId,
      name: i.name,
      dueOn: i.dueOn,
      amountMinor: i.amountMinor,
      outstandingMinor,
      overdueOn,
    },
  };
};
