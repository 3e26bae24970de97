import type { PublishedEvent } from '@sales/shared/domain';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * K2 签约前报备's PUBLISHED events (key = report id). Ids, dates and money only: the technical
 * requirements, installation conditions and the checkers' notes stay internal (free text that may
 * name the customer's people and prices). Every step is published — submitted, revised, each
 * feasibility check confirmed or refused, approved, rejected — because the roles downstream of a
 * deal (技术, 安装, 市场部主管) subscribe to know what waits for them (X2).
 */

type ReportParty = Readonly<{
  reportId: string;
  salespersonId: string;
  divisionId: string | null;
  customerId: string;
}>;

export type FeasibilityAspectV1 = 'schedule' | 'technology' | 'installation';

type ReportDealV1 = ReportParty &
  Readonly<{
    revision: number;
    currency: string;
    expectedAmountMinor: number;
    productLineIds: readonly string[];
    expectedSigningOn: BusinessDate;
    on: BusinessDate;
  }>;

/** 报备: the deal reported (revision 1). */
export type ReportSubmittedV1 = PublishedEvent<'ReportSubmitted', ReportDealV1>;
/** 修改报备: a revised deal after a refusal; every check starts again. */
export type ReportRevisedV1 = PublishedEvent<'ReportRevised', ReportDealV1>;

type Check = ReportParty &
  Readonly<{ revision: number; aspect: FeasibilityAspectV1; by: string; on: BusinessDate }>;
/** 可行性确认: schedule (市场部主管), technology (技术) or installation (安装) confirmed. */
export type FeasibilityConfirmedV1 = PublishedEvent<'FeasibilityConfirmed', Check>;
/** 可行性不通过: the report goes back to the salesperson for a revision. */
export type FeasibilityRefusedV1 = PublishedEvent<'FeasibilityRefused', Check>;

/** 报备批准 by the division manager: signing may rest on it. */
export type ReportApprovedV1 = PublishedEvent<
  'ReportApproved',
  ReportParty & Readonly<{ revision: number; by: string; selfApproval: boolean; on: BusinessDate }>
>;
/** 报备驳回 (final; the reason stays internal). */
export type ReportRejectedV1 = PublishedEvent<
  'ReportRejected',
  ReportParty & Readonly<{ revision: number; by: string; on: BusinessDate }>
>;

export type ReportsPublishedEvent =
  | ReportSubmittedV1
  | ReportRevisedV1
  | FeasibilityConfirmedV1
  | FeasibilityRefusedV1
  | ReportApprovedV1
  | ReportRejectedV1;
