import { type Aggregate, type Command, type DomainEvent } from '@sales/shared/domain';

/*
 * handover's own note of one customer (`handover-customer-<id>`), from customers' published events:
 * its name (a checklist shows names) and its owner (a merge names no owner: whose checklist it
 * leaves is read here). Each fact once, by the id of the event it came from.
 */

export type CustomerFact =
  | Readonly<{ kind: 'registered'; name: string; ownerId: string | null }>
  | Readonly<{ kind: 'renamed'; name: string }>
  | Readonly<{ kind: 'owner-changed'; toOwnerId: string | null }>
  | Readonly<{ kind: 'merged'; survivorId: string }>;

export type CustomerRecord = Readonly<{
  name: string | null;
  ownerId: string | null;
  mergedInto: string | null;
  applied: Readonly<Record<string, true>>;
}>;

export type RecordCustomerFact = Command<
  'RecordCustomerFact',
  Readonly<{ customerId: string; sourceEventId: string; fact: CustomerFact }>
>;

export type CustomerFactRecorded = DomainEvent<
  'CustomerFactRecorded',
  Readonly<{ customerId: string; sourceEventId: string; fact: CustomerFact }>
>;

export const customerRecordStreamId = (customerId: string) => `handover-customer-${customerId}`;

export const customerRecordDecider: Aggregate<CustomerRecord, RecordCustomerFact, CustomerFactRecorded> = {
  initialState: () => ({ name: null, ownerId: null, mergedInto: null, applied: {} }),
  decide: (command, record) =>
    Object.hasOwn(record.applied, command.data.sourceEventId)
      ? []
      : [{ type: 'CustomerFactRecorded', data: command.data }],
  evolve: (record, { data: { sourceEventId, fact } }) => {
    const applied = { ...record.applied, [sourceEventId]: true as const };
    switch (fact.kind) {
      case 'registered':
        return { ...record, name: fact.name, ownerId: fact.ownerId, applied };
      case 'renamed':
        return { ...record, name: fact.name, applied };
      case 'owner-changed':
        return { ...record, ownerId: fact.toOwnerId, applied };
      case 'merged':
        // The owner stays as it was: it is whose checklist the merged record leaves.
        return { ...record, mergedInto: fact.survivorId, applied };
    }
  },
  publish: () => [],
};
