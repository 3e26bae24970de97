import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { assertKnownVersion, fieldsOf } from './feed-fields';

/*
 * What handover reads from customers' published events (`sales.customers.events`): who owns which
 * customer, and its name. Grades, pool warnings, visits and expenses are none of its business.
 */

export type CustomersFeedEffect =
  | Readonly<{ kind: 'registered'; customerId: string; name: string; ownerId: string | null }>
  | Readonly<{ kind: 'renamed'; customerId: string; name: string }>
  | Readonly<{
      kind: 'owner-changed';
      customerId: string;
      fromOwnerId: string | null;
      toOwnerId: string | null;
      on: string;
    }>
  | Readonly<{ kind: 'merged'; customerId: string; survivorId: string; on: string }>;

export const CONSUMED_CUSTOMERS_EVENTS: Readonly<Record<string, readonly number[]>> = {
  CustomerRegistered: [1],
  CustomerProfileChanged: [1],
  CustomerOwnerChanged: [1],
  CustomerMerged: [1],
};

export function customersFeedEffect(event: EventEnvelope): CustomersFeedEffect | undefined {
  if (!assertKnownVersion(event, CONSUMED_CUSTOMERS_EVENTS)) return undefined;
  const f = fieldsOf(event);
  const customerId = f.text('customerId');
  switch (event.type) {
    case 'CustomerRegistered':
      return { kind: 'registered', customerId, name: f.text('name'), ownerId: f.nullableText('ownerId') };
    case 'CustomerProfileChanged':
      return { kind: 'renamed', customerId, name: f.text('name') };
    case 'CustomerOwnerChanged':
      return {
        kind: 'owner-changed',
        customerId,
        fromOwnerId: f.nullableText('fromOwnerId'),
        toOwnerId: f.nullableText('toOwnerId'),
        on: f.text('effectiveOn'),
      };
    default:
      return { kind: 'merged', customerId, survivorId: f.text('survivorId'), on: f.text('mergedOn') };
  }
}
