import type {
  CheckInRecordedV1,
  CustomerActivatedV1,
  CustomerGradeChangedV1,
  CustomerMergedV1,
  CustomerOwnerChangedV1,
  CustomerRegisteredV1,
  ExpenseApprovedV1,
  VisitLoggedV1,
} from '@sales/customers/events';
import type {
  ContractSignedV1,
  ContractTerminatedV1,
  InvoiceIssuedV1,
  InvoiceVoidedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
} from '@sales/contracts/events';
import { ORG_EVENT_CATALOGUE, currentOrgEvent } from '@sales/org/events';
import { businessDateOf } from '@sales/shared/domain';
import type { TargetsApprovedV1 } from '@sales/targets/events';
import type { FactOrigin, KpiFact, ReceivedEvent } from './kpi-fact';

/** A published event the projector needs but cannot read (a version it does not know). */
export class UnreadableEventError extends Error {
  readonly code = 'unreadable-event';
  constructor(readonly event: Pick<ReceivedEvent, 'id' | 'context' | 'type' | 'schemaVersion'>) {
    super(
      `the KPI projection cannot read ${event.context}.${event.type}.v${event.schemaVersion} (${event.id})`,
    );
    this.name = 'UnreadableEventError';
  }
}

type Reader = (event: ReceivedEvent, origin: (businessDate: string, n?: number) => FactOrigin) => KpiFact[];

const ORG_TYPES = new Set(ORG_EVENT_CATALOGUE.map((spec) => spec.type));

const data = <E extends { data: unknown }>(event: ReceivedEvent) => event.data as E['data'];

/** The readers by context, type and the versions each reads. */
const READERS: Readonly<
  Record<string, Readonly<Record<string, Readonly<{ versions: readonly number[]; read: Reader }>>>>
> = {
  targets: {
    TargetsApproved: {
      versions: [1],
      read: (event, origin) => {
        const { fiscalYear, unit, version, currency, nodes } = data<TargetsApprovedV1>(event);
        // In force from the day it was approved (recorded); the fact is dated by that day.
        return [{ ...origin(''), kind: 'targets', fiscalYear, unit, version, currency, nodes }];
      },
    },
  },
  contracts: {
    ContractSigned: {
      versions: [1],
      read: (event, origin) => {
        const d = data<ContractSignedV1>(event);
        return [
          {
            ...origin(d.signedOn),
            kind: 'sale',
            contractId: d.contractId,
            customerId: d.customerId,
            personId: d.ownerId,
            divisionId: d.division,
            currency: d.currency,
            amountMinor: d.amountMinor,
            amountExclusiveMinor: d.amountExclusiveMinor,
            costEstimateMinor: d.costEstimateMinor,
            lines: d.lines.map(({ productLineId, amountMinor, amountExclusiveMinor }) => ({
              productLineId,
              amountMinor,
              amountExclusiveMinor,
            })),
          },
        ];
      },
    },
    ContractTerminated: {
      versions: [1],
      read: (event, origin) => {
        const d = data<ContractTerminatedV1>(event);
        return [{ ...origin(d.terminatedOn), kind: 'termination', contractId: d.contractId }];
      },
    },
    InvoiceIssued: {
      versions: [1],
      read: (event, origin) => {
        const d = data<InvoiceIssuedV1>(event);
        return [
          {
            ...origin(d.issuedOn),
            kind: 'invoice',
            invoiceId: d.invoiceId,
            contractId: d.contractId,
            customerId: d.customerId,
            personId: d.ownerId,
            divisionId: d.divisionId,
            amountMinor: d.amountMinor,
            currency: d.currency,
            issuedOn: d.issuedOn,
            dueOn: d.dueOn,
          },
        ];
      },
    },
    InvoiceVoided: {
      versions: [1],
      read: (event, origin) => {
        const d = data<InvoiceVoidedV1>(event);
        return [
          { ...origin(d.voidedOn), kind: 'invoice-voided', invoiceId: d.invoiceId, contractId: d.contractId },
        ];
      },
    },
    PaymentReceived: {
      versions: [1],
      read: (event, origin) => {
        const d = data<PaymentReceivedV1>(event);
        return [
          {
            ...origin(d.receivedOn),
            kind: 'payment',
            paymentId: d.paymentId,
            reversalOf: null,
            contractId: d.contractId,
            customerId: d.customerId,
            personId: d.ownerId,
            divisionId: d.divisionId,
            amountMinor: d.amountMinor,
            currency: d.currency,
            prepayment: d.prepayment,
          },
        ];
      },
    },
    PaymentReversed: {
      versions: [1],
      read: (event, origin) => {
        const d = data<PaymentReversedV1>(event);
        return [
          {
            ...origin(d.reversedOn),
            kind: 'payment',
            paymentId: d.paymentId,
            reversalOf: d.reversalOf,
            contractId: d.contractId,
            customerId: d.customerId,
            personId: d.ownerId,
            divisionId: d.divisionId,
            amountMinor: -d.amountMinor,
            currency: d.currency,
            prepayment: false,
          },
        ];
      },
    },
  },
  customers: {
    VisitLogged: {
      versions: [1],
      read: (event, origin) => {
        const d = data<VisitLoggedV1>(event);
        return [
          {
            ...origin(d.businessDate),
            kind: 'visit',
            visitId: d.visitId,
            personId: d.salespersonId,
            divisionId: d.divisionId,
            customerId: d.customerId,
            visitKind: d.kind,
            coachId: d.coachId,
          },
        ];
      },
    },
    CheckInRecorded: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CheckInRecordedV1>(event);
        return [
          {
            ...origin(d.businessDate),
            kind: 'check-in',
            personId: d.personId,
            divisionId: d.divisionId,
            customerId: d.customerId,
          },
        ];
      },
    },
    CustomerRegistered: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CustomerRegisteredV1>(event);
        return [
          {
            ...origin(d.registeredOn),
            kind: 'customer-registered',
            customerId: d.customerId,
            ownerId: d.ownerId,
            divisionId: d.divisionId,
          },
        ];
      },
    },
    CustomerOwnerChanged: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CustomerOwnerChangedV1>(event);
        return [
          {
            ...origin(d.effectiveOn),
            kind: 'customer-owner',
            customerId: d.customerId,
            ownerId: d.toOwnerId,
            divisionId: d.toDivisionId,
          },
        ];
      },
    },
    CustomerMerged: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CustomerMergedV1>(event);
        return [
          {
            ...origin(d.mergedOn),
            kind: 'customer-merged',
            customerId: d.customerId,
            survivorId: d.survivorId,
          },
        ];
      },
    },
    CustomerActivated: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CustomerActivatedV1>(event);
        return [
          {
            ...origin(d.activatedOn),
            kind: 'customer-activated',
            customerId: d.customerId,
            contractId: d.contractId,
          },
        ];
      },
    },
    CustomerGradeChanged: {
      versions: [1],
      read: (event, origin) => {
        const d = data<CustomerGradeChangedV1>(event);
        return [{ ...origin(d.changedOn), kind: 'customer-grade', customerId: d.customerId, grade: d.grade }];
      },
    },
    ExpenseApproved: {
      versions: [1],
      read: (event, origin) => {
        const d = data<ExpenseApprovedV1>(event);
        return [
          {
            ...origin(d.businessDate),
            kind: 'expense',
            expenseId: d.expenseId,
            personId: d.personId,
            divisionId: d.divisionId,
            amountMinor: d.amountMinor,
            currency: d.currency,
          },
        ];
      },
    },
  },
};

/**
 * The facts one published event gives the KPI read model: none for events no figure uses, and
 * an UnreadableEventError for a version of a needed type this projection does not know — the
 * projector dead-letters it rather than count a figure without it.
 */
export function factsOf(event: ReceivedEvent, timeZone: string): KpiFact[] {
  const recordedOn = businessDateOf(new Date(event.time), timeZone);
  const origin = (businessDate: string, n?: number): FactOrigin => ({
    factId: n === undefined ? event.id : `${event.id}#${n}`,
    eventId: event.id,
    context: event.context,
    eventType: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: new Date(event.time).toISOString(),
    businessDate: businessDate || recordedOn,
  });
  if (event.context === 'org') {
    if (!ORG_TYPES.has(event.type)) return [];
    const current = currentOrgEvent(event);
    if (!current) throw new UnreadableEventError(event);
    const effectiveOn = (current.data as { effectiveOn?: string }).effectiveOn ?? recordedOn;
    return [
      {
        ...origin(effectiveOn),
        kind: 'org-change',
        event: { type: event.type, schemaVersion: event.schemaVersion, data: event.data },
      },
    ];
  }
  const reader = READERS[event.context]?.[event.type];
  if (!reader) return [];
  if (!reader.versions.includes(event.schemaVersion)) throw new UnreadableEventError(event);
  return reader.read(event, origin);
}
