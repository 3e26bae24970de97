import type { PublishedEvent } from '@sales/shared/domain';
import type { DayOutReason, ExpenseCategory, VisitKind } from './field-work-labels';

export * from './field-work-labels';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * C3–C5 field work's PUBLISHED events (`sales.customers.events`): the raw input of KPIs P4
 * (visits per working day), P7 (check-in compliance, expenses against budget, overdue revisits).
 * Each carries the person, their division as of the business date, and that date. No personal
 * data and no free text: contact names, a visit's purpose, outcome and next step, a check-in's
 * place, coordinates and note (location is sensitive personal information under PIPL) and a
 * rejection's reason stay in the internal events, readable through the API within scope.
 */

/** 拜访 (C3): a salesperson logged a visit of one of their customers. */
export type VisitLoggedV1 = PublishedEvent<
  'VisitLogged',
  Readonly<{
    visitId: string;
    salespersonId: string;
    /** The salesperson's division on the visit's business date. */
    divisionId: string | null;
    businessDate: BusinessDate;
    /** ISO-8601 with zone, as entered. */
    visitedAt: string;
    customerId: string;
    kind: VisitKind;
    /** The manager or VP on a joint visit (联合拜访); null otherwise. */
    coachId: string | null;
    nextContactOn: BusinessDate | null;
  }>
>;

/** 外出 (C4): the day became a day out of office, so it needs check-ins. Once per person and day. */
export type FieldDayOutV1 = PublishedEvent<
  'FieldDayOut',
  Readonly<{
    personId: string;
    divisionId: string | null;
    businessDate: BusinessDate;
    reason: DayOutReason;
    /** The visit that made it a day out (reason `visit`); null when declared. */
    visitId: string | null;
  }>
>;

/** 外出联系汇报 (C4): a check-in for a day, with when it was recorded (never where: that stays internal). */
export type CheckInRecordedV1 = PublishedEvent<
  'CheckInRecorded',
  Readonly<{
    checkInId: string;
    personId: string;
    divisionId: string | null;
    businessDate: BusinessDate;
    /** The recorded time (the server's clock), ISO-8601 with zone. */
    recordedAt: string;
    customerId: string | null;
  }>
>;

/** Revisit cadence in days per grade; null: no cadence (ungraded customers by default). */
export type RevisitCadence = Readonly<{
  A: number;
  B: number;
  C: number;
  D: number;
  ungraded: number | null;
}>;

/** 外勤规则: the VP set a new version of the field-work policy (revisit cadence, check-ins per day out). */
export type FieldWorkPolicySetV1 = PublishedEvent<
  'FieldWorkPolicySet',
  Readonly<{
    version: number;
    revisitCadenceDays: RevisitCadence;
    minimumCheckInsPerDayOut: number;
    effectiveOn: BusinessDate;
  }>
>;

type ExpenseFacts = Readonly<{
  expenseId: string;
  personId: string;
  /** The person's division on the expense's business date. */
  divisionId: string | null;
  businessDate: BusinessDate;
  category: ExpenseCategory;
  /** Minor units (分 for CNY) of `currency`. */
  amountMinor: number;
  currency: string;
  customerId: string | null;
}>;

/** 费用 (C5): a person recorded an expense; it awaits their manager's decision. */
export type ExpenseRecordedV1 = PublishedEvent<'ExpenseRecorded', ExpenseFacts>;

/** 费用已批准 (C5): what KPI P7 counts against the expense budget. */
export type ExpenseApprovedV1 = PublishedEvent<
  'ExpenseApproved',
  ExpenseFacts &
    Readonly<{
      approvedBy: string;
      approvedOn: BusinessDate;
      /** The top of the tree, with nobody above, approved their own expense (recorded as such). */
      selfApproved: boolean;
    }>
>;

/** 费用已驳回 (C5); the reason stays internal. */
export type ExpenseRejectedV1 = PublishedEvent<
  'ExpenseRejected',
  Readonly<{
    expenseId: string;
    personId: string;
    divisionId: string | null;
    businessDate: BusinessDate;
    rejectedBy: string;
    rejectedOn: BusinessDate;
  }>
>;

export type FieldWorkPublishedEvent =
  | VisitLoggedV1
  | FieldDayOutV1
  | CheckInRecordedV1
  | FieldWorkPolicySetV1
  | ExpenseRecordedV1
  | ExpenseApprovedV1
  | ExpenseRejectedV1;
