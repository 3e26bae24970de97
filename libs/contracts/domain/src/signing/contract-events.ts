import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { ContractSigned, ContractTerminated, ContractTransferred } from './contract-terms';

/*
 * The contract stream's internal events: the seam's three (contract-terms.ts) and signing's own.
 * Other slices fold the stream with `contractView`, which skips the ones below.
 */

/** 信用额度放行: the VP let a signing through past the customer's credit limit (recorded with the figures). */
export type CreditLimitOverridden = DomainEvent<
  'CreditLimitOverridden',
  Readonly<{
    by: string;
    reason: string;
    limitMinor: number;
    openReceivablesMinor: number;
    amountMinor: number;
    currency: string;
  }>
>;

/** 原件归档: the sales admin filed the signed original. */
export type ContractFiled = DomainEvent<
  'ContractFiled',
  Readonly<{ filedOn: BusinessDate; location: string; filedBy: string }>
>;

/** 终止申请: waiting for the VP. */
export type TerminationRequested = DomainEvent<
  'TerminationRequested',
  Readonly<{ terminationOn: BusinessDate; reason: string; requestedBy: string; requestedOn: BusinessDate }>
>;

/** 终止申请被驳回: the contract stays open. */
export type TerminationRejected = DomainEvent<
  'TerminationRejected',
  Readonly<{ rejectedBy: string; reason: string; rejectedOn: BusinessDate }>
>;

export type ContractEvent =
  | ContractSigned
  | CreditLimitOverridden
  | ContractFiled
  | TerminationRequested
  | TerminationRejected
  | ContractTerminated
  | ContractTransferred;
