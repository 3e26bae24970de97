import type { BusinessDate, Command, Role } from '@sales/shared/domain';

/**
 * A person as the service found them in the org tree as of the date that decides (the signing
 * date for the signer, today for everyone else), with the divisions they manage that day.
 */
export type ContractPerson = Readonly<{
  personId: string;
  role: Role | null;
  divisionId: string | null;
  managedDivisionIds: readonly string[];
}>;

export type LineInput = Readonly<{ productLineId: string; amountMinor: number; vatBasisPoints: number }>;
export type InstalmentInput = Readonly<{ name: string; dueOn: BusinessDate; amountMinor: number }>;

/** 信用额度 (K5) as receivables reported it when the signing was decided. */
export type CreditExposure = Readonly<{
  limitMinor: number | null;
  openReceivablesMinor: number;
  currency: string;
}>;

/** 签约: the terms as entered, who signs and who records, and what the other slices answered. */
export type SignContract = Command<
  'SignContract',
  Readonly<{
    contractId: string;
    formNumber: string;
    customerId: string;
    signedOn: BusinessDate;
    currency: string;
    amountMinor: number;
    costEstimateMinor: number;
    lines: readonly LineInput[];
    paymentPlan: readonly InstalmentInput[];
    /** The signer as of the signing date: becomes the owner. */
    signer: ContractPerson;
    /** Who records it as of today: the signer, or the VP (the only one who may override). */
    recordedBy: ContractPerson;
    /** K2: the approved report for (customer, signer), or null. */
    approvedReportId: string | null;
    /** 副总特批 without an approved report; only the VP, with a reason. */
    reportOverrideReason: string | null;
    /** K5: null when nobody keeps credit limits (receivables not mounted). */
    credit: CreditExposure | null;
    /** 副总特批 past the credit limit; only the VP, with a reason. */
    creditOverrideReason: string | null;
    /** The product lines the catalogue knows. */
    productLineIds: readonly string[];
    today: BusinessDate;
  }>
>;

export type FileContract = Command<
  'FileContract',
  Readonly<{ filedOn: BusinessDate; location: string; by: ContractPerson; today: BusinessDate }>
>;

export type RequestTermination = Command<
  'RequestTermination',
  Readonly<{ terminationOn: BusinessDate; reason: string; by: ContractPerson; today: BusinessDate }>
>;

export type DecideTermination = Command<
  'DecideTermination',
  Readonly<{ approve: boolean; reason: string | null; by: ContractPerson; today: BusinessDate }>
>;

export type TransferContract = Command<
  'TransferContract',
  Readonly<{
    /** The colleague as of today. */
    to: ContractPerson;
    reason: string;
    by: ContractPerson;
    /** The owner's division today (else the contract's), whose manager may transfer. */
    ownerDivisionId: string | null;
    today: BusinessDate;
  }>
>;

export type ContractCommand =
  | SignContract
  | FileContract
  | RequestTermination
  | DecideTermination
  | TransferContract;
