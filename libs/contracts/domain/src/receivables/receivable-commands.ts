import type { BusinessDate, Command, Role } from '@sales/shared/domain';
import type { PaymentMethod } from '@sales/contracts/events';
import type { ContractView } from '../signing/contract-terms';

/** Who acts, as the service found them in the org tree today. */
export type ReceivablesPerson = Readonly<{ personId: string; role: Role | null }>;

/** Every receivables command is decided against the contract as `contractView` reads it now. */
type Circumstances = Readonly<{ contract: ContractView; by: ReceivablesPerson; today: BusinessDate }>;

export type IssueInvoice = Command<
  'IssueInvoice',
  Circumstances &
    Readonly<{
      invoiceId: string;
      instalmentId: string;
      amountMinor: number;
      /** Omitted: the contract's currency. */
      currency?: string;
      issuedOn: BusinessDate;
      dueOn: BusinessDate;
    }>
>;

export type VoidInvoice = Command<
  'VoidInvoice',
  Circumstances & Readonly<{ invoiceId: string; reason: string; voidedOn: BusinessDate }>
>;

export type RecordPayment = Command<
  'RecordPayment',
  Circumstances &
    Readonly<{
      paymentId: string;
      amountMinor: number;
      currency?: string;
      receivedOn: BusinessDate;
      method: PaymentMethod;
      invoiceId: string | null;
    }>
>;

export type ReversePayment = Command<
  'ReversePayment',
  Circumstances &
    Readonly<{
      /** The reversal's own id. */
      paymentId: string;
      reversalOf: string;
      amountMinor: number;
      reversedOn: BusinessDate;
      reason: string;
    }>
>;

/** The daily job: every instalment past its due date and not fully received becomes overdue, once. */
export type MarkOverdueInstalments = Command<
  'MarkOverdueInstalments',
  Readonly<{ contract: ContractView; today: BusinessDate }>
>;

export type ReceivableCommand =
  | IssueInvoice
  | VoidInvoice
  | RecordPayment
  | ReversePayment
  | MarkOverdueInstalments;
