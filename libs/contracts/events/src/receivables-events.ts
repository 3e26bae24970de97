import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * K5 应收账款's PUBLISHED events. Every one names the contract, its customer, the contract's owner
 * and division (as they stand when the fact is recorded) and carries money as integer minor units
 * (分) of the contract's currency, so customers' grading (C2) and the KPI projector (P3 回收率,
 * P7 回款达成率 and overdue receivables) read them without asking contracts anything.
 */

/** 收款方式: how the money came in. */
export const PAYMENT_METHODS = ['bank_transfer', 'acceptance_bill', 'cash', 'cheque', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, Readonly<{ zh: string; en: string }>>> = {
  bank_transfer: { zh: '银行转账', en: 'bank transfer' },
  acceptance_bill: { zh: '承兑汇票', en: 'acceptance bill' },
  cash: { zh: '现金', en: 'cash' },
  cheque: { zh: '支票', en: 'cheque' },
  other: { zh: '其他', en: 'other' },
};

/** Who a receivables fact concerns: the contract, its customer, owner and division. */
type Party = Readonly<{
  contractId: string;
  customerId: string;
  ownerId: string;
  divisionId: string | null;
}>;

/** 开票: an invoice against one instalment of the contract's payment plan. */
export type InvoiceIssuedV1 = PublishedEvent<
  'InvoiceIssued',
  Party &
    Readonly<{
      invoiceId: string;
      instalmentId: string;
      amountMinor: number;
      currency: string;
      issuedOn: BusinessDate;
      dueOn: BusinessDate;
      issuedBy: string;
    }>
>;

/** 红冲: an invoice voided; its amount is no longer invoiced. */
export type InvoiceVoidedV1 = PublishedEvent<
  'InvoiceVoided',
  Party &
    Readonly<{
      invoiceId: string;
      instalmentId: string;
      amountMinor: number;
      currency: string;
      voidedOn: BusinessDate;
      reason: string;
      voidedBy: string;
    }>
>;

/**
 * 回款: money received on the contract. `invoiceId` is the invoice it was recorded against, or,
 * without one, the oldest due invoice it settled first (null when it settled none); `prepayment`
 * (预收) when no invoice was open on the contract when it came in.
 */
export type PaymentReceivedV1 = PublishedEvent<
  'PaymentReceived',
  Party &
    Readonly<{
      paymentId: string;
      amountMinor: number;
      currency: string;
      receivedOn: BusinessDate;
      method: PaymentMethod;
      invoiceId: string | null;
      prepayment: boolean;
      recordedBy: string;
    }>
>;

/** 回款冲销: (part of) a payment undone; `paymentId` is the reversal's own id. */
export type PaymentReversedV1 = PublishedEvent<
  'PaymentReversed',
  Party &
    Readonly<{
      paymentId: string;
      reversalOf: string;
      amountMinor: number;
      currency: string;
      reversedOn: BusinessDate;
      reason: string;
      recordedBy: string;
    }>
>;

/** 逾期: a plan instalment not fully received by the end of its due date; once per instalment. */
export type InstalmentOverdueV1 = PublishedEvent<
  'InstalmentOverdue',
  Party &
    Readonly<{
      instalmentId: string;
      name: string;
      dueOn: BusinessDate;
      amountMinor: number;
      outstandingMinor: number;
      currency: string;
      overdueOn: BusinessDate;
    }>
>;

/** 信用额度: finance set (or cleared, null) a customer's credit limit. */
export type CreditLimitSetV1 = PublishedEvent<
  'CreditLimitSet',
  Readonly<{
    customerId: string;
    limitMinor: number | null;
    currency: string;
    setBy: string;
    setOn: BusinessDate;
  }>
>;

export type ReceivablesPublishedEvent =
  | InvoiceIssuedV1
  | InvoiceVoidedV1
  | PaymentReceivedV1
  | PaymentReversedV1
  | InstalmentOverdueV1
  | CreditLimitSetV1;
