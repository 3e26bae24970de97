import type {
  CheckInRecordedV1,
  CustomerActivatedV1,
  CustomerGradeChangedV1,
  CustomerMergedV1,
  CustomerOwnerChangedV1,
  CustomerRegisteredV1,
  FieldDayOutV1,
  FieldWorkPolicySetV1,
  ExpenseApprovedV1,
  VisitLoggedV1,
} from '@sales/customers/events';
import { type FactReaders, dataOf } from './fact-reader';

/** What the KPIs read from customers: visits, check-ins, registrations, owners, merges, first contracts, grades, approved expenses. */
export const CUSTOMERS_FACT_READERS: FactReaders = {
  VisitLogged: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<VisitLoggedV1>(event);
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
      const d = dataOf<CheckInRecordedV1>(event);
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
  FieldDayOut: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<FieldDayOutV1>(event);
      return [{ ...origin(d.businessDate), kind: 'day-out', personId: d.personId, divisionId: d.divisionId }];
    },
  },
  FieldWorkPolicySet: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<FieldWorkPolicySetV1>(event);
      return [
        {
          ...origin(d.effectiveOn),
          kind: 'field-work-policy',
          version: d.version,
          minimumCheckInsPerDayOut: d.minimumCheckInsPerDayOut,
          revisitCadenceDays: d.revisitCadenceDays,
        },
      ];
    },
  },
  CustomerRegistered: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<CustomerRegisteredV1>(event);
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
      const d = dataOf<CustomerOwnerChangedV1>(event);
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
      const d = dataOf<CustomerMergedV1>(event);
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
      const d = dataOf<CustomerActivatedV1>(event);
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
      const d = dataOf<CustomerGradeChangedV1>(event);
      return [{ ...origin(d.changedOn), kind: 'customer-grade', customerId: d.customerId, grade: d.grade }];
    },
  },
  ExpenseApproved: {
    versions: [1],
    read: (event, origin) => {
      const d = dataOf<ExpenseApprovedV1>(event);
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
};
