import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * K3 签约's PUBLISHED events (`sales.contracts.events`, key = contract id). Each carries the
 * contract's facts — customer, owner and division after the event, signing date, amounts in
 * integer fen with the currency, product lines with VAT, cost estimate and gross margin — so
 * customers' grading and the KPI projector (P1 sales, P2 margin, P6 product mix) need no lookup.
 * Ids only, no names. Termination requests and rejections stay internal: they change no figure
 * downstream (KPIs count the approved termination only) and the approval steps may change.
 */

/** One product line: 含税 amount, VAT rate (basis points) and the 不含税 amount margin is computed on. */
export type ContractLineV1 = Readonly<{
  productLineId: string;
  amountMinor: number;
  vatBasisPoints: number;
  amountExclusiveMinor: number;
}>;

/** What every signing event says about the contract. */
export type ContractFactsV1 = Readonly<{
  contractId: string;
  formNumber: string;
  customerId: string;
  /** The owner after the event (the signer, until a transfer). */
  ownerId: string;
  division: string | null;
  signedOn: BusinessDate;
  currency: string;
  /** 合同金额 (含税). */
  amountMinor: number;
  /** Σ lines' tax-exclusive amounts. */
  amountExclusiveMinor: number;
  /** 成本预估 (不含税). */
  costEstimateMinor: number;
  /** 毛利 = amountExclusiveMinor − costEstimateMinor. */
  grossMarginMinor: number;
  lines: readonly ContractLineV1[];
}>;

export type ContractOverrideV1 = Readonly<{ by: string; reason: string }> | null;

/** 签约: a contract signed on a form, against an approved report or with the VP's override. */
export type ContractSignedV1 = PublishedEvent<
  'ContractSigned',
  ContractFactsV1 &
    Readonly<{
      paymentPlan: readonly Readonly<{
        instalmentId: string;
        name: string;
        dueOn: BusinessDate;
        amountMinor: number;
      }>[];
      reportId: string | null;
      reportOverride: ContractOverrideV1;
      creditOverride: ContractOverrideV1;
      signedBy: string;
    }>
>;

/** 原件归档: the signed original filed by the sales admin. */
export type ContractFiledV1 = PublishedEvent<
  'ContractFiled',
  ContractFactsV1 & Readonly<{ filedOn: BusinessDate; location: string; filedBy: string }>
>;

/** 合同终止, approved by the VP (KPI P1/P3 deduct it in the period of `terminatedOn`). */
export type ContractTerminatedV1 = PublishedEvent<
  'ContractTerminated',
  ContractFactsV1 &
    Readonly<{ terminatedOn: BusinessDate; reason: string; requestedBy: string; approvedBy: string }>
>;

/** 合同移交: ownerId/division are the new owner's; the previous ones beside them. */
export type ContractTransferredV1 = PublishedEvent<
  'ContractTransferred',
  ContractFactsV1 &
    Readonly<{
      fromOwnerId: string;
      fromDivision: string | null;
      transferredOn: BusinessDate;
      reason: string;
      by: string;
    }>
>;

export type SigningPublishedEvent =
  | ContractSignedV1
  | ContractFiledV1
  | ContractTerminatedV1
  | ContractTransferredV1;
