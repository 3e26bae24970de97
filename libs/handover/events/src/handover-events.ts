import type { PublishedEvent } from '@sales/shared/domain';

export const HANDOVER_CONTEXT = 'handover';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/**
 * What a resignation's checklist holds (O2): every customer still owned, every open contract and
 * every unreturned contract form of the person, the accounts (finance confirms them settled) and
 * the 市场部主管's sign-off (由市场部主管人员签字方可离开).
 */
export const HANDOVER_ITEM_KINDS = ['customer', 'contract', 'form', 'accounts', 'sign-off'] as const;
export type HandoverItemKind = (typeof HANDOVER_ITEM_KINDS)[number];

/**
 * How an item left the checklist: a customer or contract handed to a named colleague
 * (`transferred`), a customer returned to the company pool (`pooled`) or merged into another
 * record (`merged`), a contract finished — fully collected and, if installed, accepted — or
 * terminated (`closed`), a form used on a contract, voided or returned, the accounts confirmed
 * settled by finance (`settled`), the supervisor's signature (`signed`).
 */
export const HANDOVER_CLEARANCES = [
  'transferred',
  'pooled',
  'merged',
  'closed',
  'used',
  'voided',
  'returned',
  'settled',
  'signed',
] as const;
export type HandoverClearance = (typeof HANDOVER_CLEARANCES)[number];

/** One checklist item as subscribers see it: its kind and the id of what it is about. */
export type HandoverItemRefV1 = Readonly<{
  kind: HandoverItemKind;
  /** Customer id, contract id or form number; the case id for `accounts` and `sign-off`. */
  id: string;
}>;

/*
 * handover's PUBLISHED events (`sales.handover.events`, key = the person's handover stream).
 * Ids, dates and counts only: names are read through the API, with scope.
 *   ResignationNoticed (v1)   a notice of resignation was filed; the case is open.
 *   HandoverItemCleared (v1)  one item of an open case's checklist left it, as the event that
 *                             cleared it arrived (a transfer, a return, finance, the sign-off).
 *   HandoverCompleted (v1)    the checklist was empty and the case was closed: the person may go.
 *   LeftWithoutHandover (v1)  离职处理: the person left with items still open, recorded by the VP.
 */

/** 辞职申请: the case opened, `lastDay` at least 30 days after `noticedOn`. */
export type ResignationNoticedV1 = PublishedEvent<
  'ResignationNoticed',
  Readonly<{
    caseId: string;
    personId: string;
    lastDay: BusinessDate;
    noticedOn: BusinessDate;
    noticedBy: string;
    /** The person's manager in the org tree when the notice was filed (null at the top). */
    supervisorId: string | null;
    /** How many items the checklist held when the case opened. */
    openItems: number;
  }>
>;

export type HandoverItemClearedV1 = PublishedEvent<
  'HandoverItemCleared',
  Readonly<{
    caseId: string;
    personId: string;
    item: HandoverItemRefV1;
    how: HandoverClearance;
    /** The colleague a customer or contract went to (null for anything else). */
    toPersonId: string | null;
    clearedOn: BusinessDate;
    /** Items still open after this one. */
    remaining: number;
  }>
>;

export type HandoverCompletedV1 = PublishedEvent<
  'HandoverCompleted',
  Readonly<{
    caseId: string;
    personId: string;
    lastDay: BusinessDate;
    completedOn: BusinessDate;
    completedBy: string;
  }>
>;

/** 离职处理: left without handing everything over; what was left open, as it stood. */
export type LeftWithoutHandoverV1 = PublishedEvent<
  'LeftWithoutHandover',
  Readonly<{
    caseId: string;
    personId: string;
    lastDay: BusinessDate;
    recordedOn: BusinessDate;
    recordedBy: string;
    reason: string;
    openItems: readonly HandoverItemRefV1[];
  }>
>;

export type HandoverPublishedEvent =
  | ResignationNoticedV1
  | HandoverItemClearedV1
  | HandoverCompletedV1
  | LeftWithoutHandoverV1;
