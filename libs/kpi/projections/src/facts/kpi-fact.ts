import type { BusinessDate } from '@sales/shared/domain';
import type { Grade, RevisitCadence, VisitKind } from '@sales/customers/events';
import type { NodeTargets, UnitId } from '@sales/targets/events';

/*
 * The KPI read model's atoms. The projector turns each published event it needs into zero or
 * more facts — normalised, version-free, keyed by the event id (and an index when one event
 * gives several) — and stores them by that key, so storing a redelivered event again changes
 * nothing. Every figure is then a pure function of the facts, filtered by business date (the
 * period) and recorded time (`asOf`), and every figure can list the facts it is made of.
 */

/** What every fact carries: where it comes from and when it was recorded and is dated. */
export type FactOrigin = Readonly<{
  /** `<eventId>` or `<eventId>#<n>`: the fact's key in the read model. */
  factId: string;
  eventId: string;
  context: string;
  eventType: string;
  schemaVersion: number;
  /** When the event was recorded (ISO-8601 instant): `asOf` filters on it. */
  recordedAt: string;
  /** The business date the fact counts on (the period filters on it). */
  businessDate: BusinessDate;
}>;

/** An org change, kept as published: figures fold them with org's own `orgTreeAsOf`. */
export type OrgChangeFact = FactOrigin &
  Readonly<{ kind: 'org-change'; event: Readonly<{ type: string; schemaVersion: number; data: unknown }> }>;

/** An approved split: every node's targets of one approval unit, in force from when recorded. */
export type TargetsFact = FactOrigin &
  Readonly<{
    kind: 'targets';
    fiscalYear: number;
    unit: UnitId;
    version: number;
    currency: string;
    nodes: readonly Readonly<{
      node: string;
      divisionId: string | null;
      personId: string | null;
      targets: NodeTargets;
    }>[];
  }>;

/** P4: a visit (phone contacts are kept, and left out by the formula). */
export type VisitFact = FactOrigin &
  Readonly<{
    kind: 'visit';
    visitId: string;
    personId: string;
    divisionId: string | null;
    customerId: string;
    visitKind: VisitKind;
    coachId: string | null;
  }>;

/** P7 check-in compliance. */
export type CheckInFact = FactOrigin &
  Readonly<{ kind: 'check-in'; personId: string; divisionId: string | null; customerId: string | null }>;

/** P7 check-in compliance: a day a salesperson was out of the office (it needs check-ins). */
export type DayOutFact = FactOrigin &
  Readonly<{ kind: 'day-out'; personId: string; divisionId: string | null }>;

/** P7: the check-ins a day out needs, from `businessDate` (the policy's effective date) on. */
export type FieldWorkPolicyFact = FactOrigin &
  Readonly<{
    kind: 'field-work-policy';
    version: number;
    minimumCheckInsPerDayOut: number;
    /** P7 overdue revisits: days per grade (null: ungraded customers have none). */
    revisitCadenceDays: RevisitCadence;
  }>;

/** P5/P7: a customer registered (a new potential customer when it has an owner). */
export type CustomerRegisteredFact = FactOrigin &
  Readonly<{
    kind: 'customer-registered';
    customerId: string;
    ownerId: string | null;
    divisionId: string | null;
  }>;

/** P5: the customer's owner from `businessDate` on (null: in the pool). */
export type CustomerOwnerFact = FactOrigin &
  Readonly<{ kind: 'customer-owner'; customerId: string; ownerId: string | null; divisionId: string | null }>;

/** P5: a duplicate merged into its survivor stops counting from `businessDate`. */
export type CustomerMergedFact = FactOrigin &
  Readonly<{ kind: 'customer-merged'; customerId: string; survivorId: string }>;

/** P5 新增客户: the customer's first contract. */
export type CustomerActivatedFact = FactOrigin &
  Readonly<{ kind: 'customer-activated'; customerId: string; contractId: string }>;

/** P5 by grade: the customer's grade from `businessDate` on. */
export type CustomerGradeFact = FactOrigin &
  Readonly<{ kind: 'customer-grade'; customerId: string; grade: Grade }>;

/** P7 expense vs budget: an approved expense, on its own date. */
export type ExpenseFact = FactOrigin &
  Readonly<{
    kind: 'expense';
    expenseId: string;
    personId: string;
    divisionId: string | null;
    amountMinor: number;
    currency: string;
  }>;

/** P1/P2/P6: a signed contract, credited to its signer and their division on the signing date. */
export type SaleFact = FactOrigin &
  Readonly<{
    kind: 'sale';
    contractId: string;
    customerId: string;
    personId: string;
    divisionId: string | null;
    currency: string;
    /** 含税. */
    amountMinor: number;
    /** Σ lines' 不含税 amounts (each rounded half-up to the fen). */
    amountExclusiveMinor: number;
    costEstimateMinor: number;
    lines: readonly Readonly<{ productLineId: string; amountMinor: number; amountExclusiveMinor: number }>[];
  }>;

/** P1/P2/P3: a termination approved by the VP, counting on its date against the sale's credit. */
export type TerminationFact = FactOrigin & Readonly<{ kind: 'termination'; contractId: string }>;

/** P3: an invoiced amount, a receivable from its due date. */
export type InvoiceFact = FactOrigin &
  Readonly<{
    kind: 'invoice';
    invoiceId: string;
    contractId: string;
    customerId: string;
    personId: string;
    divisionId: string | null;
    amountMinor: number;
    currency: string;
    issuedOn: BusinessDate;
    dueOn: BusinessDate;
  }>;

/** P3: 红冲 — the invoice no longer counts from its voiding date. */
export type InvoiceVoidedFact = FactOrigin &
  Readonly<{ kind: 'invoice-voided'; invoiceId: string; contractId: string }>;

/** P3/P7: money received (negative for a reversal), on its business date, for the owner then. */
export type PaymentFact = FactOrigin &
  Readonly<{
    kind: 'payment';
    paymentId: string;
    /** The payment a reversal undoes; null for a payment. */
    reversalOf: string | null;
    contractId: string;
    customerId: string;
    personId: string;
    divisionId: string | null;
    amountMinor: number;
    currency: string;
    prepayment: boolean;
  }>;

export type KpiFact =
  | SaleFact
  | TerminationFact
  | InvoiceFact
  | InvoiceVoidedFact
  | PaymentFact
  | OrgChangeFact
  | TargetsFact
  | VisitFact
  | CheckInFact
  | DayOutFact
  | FieldWorkPolicyFact
  | CustomerRegisteredFact
  | CustomerOwnerFact
  | CustomerMergedFact
  | CustomerActivatedFact
  | CustomerGradeFact
  | ExpenseFact;

export type FactKind = KpiFact['kind'];

/** A published event as the projector received it from a context's topic. */
export type ReceivedEvent = Readonly<{
  id: string;
  context: string;
  type: string;
  schemaVersion: number;
  /** The recorded time, ISO-8601. */
  time: string;
  data: unknown;
}>;
