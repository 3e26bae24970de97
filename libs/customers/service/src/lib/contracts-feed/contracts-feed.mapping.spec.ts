import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { contractsFeedEffect, UnreadableContractsEvent } from './contracts-feed.mapping';

const envelope = (type: string, data: unknown, schemaVersion = 1): EventEnvelope =>
  ({
    id: `e-${type}`,
    streamId: 'receivable-c1',
    version: 1,
    type,
    schemaVersion,
    data,
    metadata: { recordedAt: '2027-03-01T02:00:00.000Z' },
  }) as unknown as EventEnvelope;

const payment = {
  paymentId: 'pay-1',
  contractId: 'c1',
  customerId: 'cust-1',
  ownerId: 'p-li',
  divisionId: 'd-east',
  amountMinor: 40_000_000,
  currency: 'CNY',
  receivedOn: '2027-03-01',
  method: 'bank_transfer',
  invoiceId: null,
  prepayment: false,
};

describe('what customers reads from contracts events', () => {
  it('a signed contract activates its customer on the signing date', () => {
    expect(
      contractsFeedEffect(
        envelope('ContractSigned', { contractId: 'c1', customerId: 'cust-1', signedOn: '2027-02-10' }),
      ),
    ).toEqual({
      kind: 'contract-signed',
      signed: { customerId: 'cust-1', contractId: 'c1', activatedOn: '2027-02-10' },
    });
  });

  it('a payment reaches grading with its id, amount in fen, currency and business date', () => {
    expect(contractsFeedEffect(envelope('PaymentReceived', payment))).toEqual({
      kind: 'payment',
      payment: {
        paymentId: 'pay-1',
        customerId: 'cust-1',
        amountMinor: 40_000_000,
        currency: 'CNY',
        receivedOn: '2027-03-01',
      },
    });
  });

  it('a reversal names the payment it undoes and is dated by its own business date', () => {
    const reversal = {
      paymentId: 'rev-1',
      reversalOf: 'pay-1',
      contractId: 'c1',
      customerId: 'cust-1',
      amountMinor: 10_000,
      currency: 'CNY',
      reversedOn: '2027-03-05',
      reason: '退票',
    };
    expect(contractsFeedEffect(envelope('PaymentReversed', reversal))).toEqual({
      kind: 'reversal',
      reversal: {
        paymentId: 'rev-1',
        customerId: 'cust-1',
        reversalOf: 'pay-1',
        amountMinor: 10_000,
        receivedOn: '2027-03-05',
      },
    });
  });

  it('everything else on the topic is none of customers business', () => {
    expect(contractsFeedEffect(envelope('FormsIssued', { numbers: ['HT-2027-0001'] }))).toBeUndefined();
    expect(contractsFeedEffect(envelope('InvoiceIssued', { amountMinor: 1 }))).toBeUndefined();
  });

  it('a payment it cannot read is refused, so it is retried and dead-lettered, never skipped', () => {
    expect(() => contractsFeedEffect(envelope('PaymentReceived', payment, 2))).toThrow(
      UnreadableContractsEvent,
    );
    expect(() => contractsFeedEffect(envelope('PaymentReceived', { ...payment, amountMinor: 12.5 }))).toThrow(
      /amountMinor/,
    );
    expect(() => contractsFeedEffect(envelope('PaymentReceived', { ...payment, customerId: '' }))).toThrow(
      /customerId/,
    );
  });
});
