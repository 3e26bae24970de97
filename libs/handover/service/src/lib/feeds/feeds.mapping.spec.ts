import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { contractsFeedEffect } from './contracts-feed.mapping';
import { customersFeedEffect } from './customers-feed.mapping';
import { UnreadableFeedEvent } from './feed-fields';

const envelope = (type: string, data: unknown, schemaVersion = 1): EventEnvelope =>
  ({ id: `e-${type}`, streamId: 's', version: 1, type, schemaVersion, data }) as unknown as EventEnvelope;

describe('what handover reads from customers’ and contracts’ events', () => {
  it('ownership moves and names from customers; a return to the pool has no new owner', () => {
    expect(
      customersFeedEffect(
        envelope('CustomerOwnerChanged', {
          customerId: 'c1',
          fromOwnerId: 'p-li',
          toOwnerId: null,
          reason: 'pool-return',
          effectiveOn: '2027-03-10',
        }),
      ),
    ).toEqual({
      kind: 'owner-changed',
      customerId: 'c1',
      fromOwnerId: 'p-li',
      toOwnerId: null,
      on: '2027-03-10',
    });
    expect(customersFeedEffect(envelope('CustomerGradeChanged', { customerId: 'c1' }))).toBeUndefined();
  });

  it('a reversal counts against what was collected; forms by holder; installation steps move forward', () => {
    expect(
      contractsFeedEffect(
        envelope('PaymentReversed', {
          contractId: 'k1',
          paymentId: 'rev-1',
          amountMinor: 100,
          reversedOn: '2027-03-11',
        }),
      ),
    ).toEqual({
      kind: 'contract',
      contractId: 'k1',
      fact: { kind: 'payment', paymentId: 'rev-1', amountMinor: -100 },
      fromOwnerId: null,
      on: '2027-03-11',
    });
    expect(
      contractsFeedEffect(
        envelope('FormVoided', { holderId: 'p-li', number: 'HT-2027-0001', voidedOn: '2027-03-10' }),
      ),
    ).toEqual({
      kind: 'form-ended',
      holderId: 'p-li',
      number: 'HT-2027-0001',
      how: 'voided',
      on: '2027-03-10',
    });
    expect(
      contractsFeedEffect(envelope('InstallationAccepted', { contractId: 'k1', recordedOn: '2027-05-01' })),
    ).toMatchObject({ fact: { kind: 'installation', progress: 'accepted' } });
    expect(contractsFeedEffect(envelope('InvoiceIssued', { contractId: 'k1' }))).toBeUndefined();
  });

  it('refuses what it cannot read (retried, then dead-lettered) rather than leave a checklist wrong', () => {
    expect(() => contractsFeedEffect(envelope('FormReturned', { holderId: 'p-li' }, 2))).toThrow(
      UnreadableFeedEvent,
    );
    expect(() =>
      contractsFeedEffect(envelope('FormReturned', { holderId: 'p-li', returnedOn: '2027-03-10' })),
    ).toThrow(/number/);
    expect(() =>
      customersFeedEffect(envelope('CustomerRegistered', { customerId: 'c1', ownerId: null })),
    ).toThrow(/name/);
  });
});
