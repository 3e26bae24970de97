import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import type { RecordPayment, ReversePayment } from './receivable-commands';
import { receivableDecider } from './receivable';
import {
  contract,
  finance,
  invoiceIssued,
  invoiceVoided,
  paymentReceived,
  paymentReversed,
  salesperson,
  yuan,
} from './receivables.fixture';

const { given } = specify(receivableDecider);
const today = '2027-04-10';

const pay = (data: Partial<RecordPayment['data']> = {}): RecordPayment => ({
  type: 'RecordPayment',
  data: {
    contract,
    by: finance,
    today,
    paymentId: 'pay-1',
    amountMinor: yuan(100_000),
    receivedOn: '2027-04-01',
    method: 'bank_transfer',
    invoiceId: null,
    ...data,
  },
});

const reverse = (data: Partial<ReversePayment['data']> = {}): ReversePayment => ({
  type: 'ReversePayment',
  data: {
    contract,
    by: finance,
    today,
    paymentId: 'rev-1',
    reversalOf: 'pay-1',
    amountMinor: yuan(40_000),
    reversedOn: '2027-04-05',
    reason: '承兑汇票退票',
    ...data,
  },
});

// Issued in this order; inv-b falls due first.
const invA = invoiceIssued('inv-a', 'i2', yuan(500_000), '2027-01-12', '2027-03-31');
const invB = invoiceIssued('inv-b', 'i1', yuan(300_000), '2027-01-15', '2027-01-31');

describe('回款 payments received (K5)', () => {
  it('a payment before any invoice is a prepayment (预收), settling nothing', () => {
    given([])
      .when(pay())
      .then([paymentReceived('pay-1', yuan(100_000), '2027-04-01', [], { prepayment: true })]);
    expect(given([]).when(pay()).published()).toEqual([
      {
        type: 'PaymentReceived',
        schemaVersion: 1,
        data: {
          paymentId: 'pay-1',
          contractId: 'k-1',
          customerId: 'c-1',
          ownerId: 'p-li',
          divisionId: 'd-east',
          amountMinor: yuan(100_000),
          currency: 'CNY',
          receivedOn: '2027-04-01',
          method: 'bank_transfer',
          invoiceId: null,
          prepayment: true,
          recordedBy: 'p-fin',
        },
      },
    ]);
  });

  it('only voided invoices so far: still a prepayment', () => {
    const [event] = given([invB, invoiceVoided('inv-b', '2027-01-20')])
      .when(pay())
      .events();
    expect(event.data).toMatchObject({ prepayment: true, allocations: [] });
  });

  it('without an invoice it settles the oldest due invoice first, then the next; published with that invoice', () => {
    const command = pay({ amountMinor: yuan(350_000) });
    given([invA, invB])
      .when(command)
      .then([
        paymentReceived('pay-1', yuan(350_000), '2027-04-01', [
          { invoiceId: 'inv-b', amountMinor: yuan(300_000) },
          { invoiceId: 'inv-a', amountMinor: yuan(50_000) },
        ]),
      ]);
    expect(given([invA, invB]).when(command).published()[0].data).toMatchObject({
      invoiceId: 'inv-b',
      prepayment: false,
    });
  });

  it('an invoice already settled is skipped by later payments', () => {
    const first = paymentReceived('pay-0', yuan(300_000), '2027-03-01', [
      { invoiceId: 'inv-b', amountMinor: yuan(300_000) },
    ]);
    const [event] = given([invA, invB, first]).when(pay()).events();
    expect(event.data).toMatchObject({ allocations: [{ invoiceId: 'inv-a', amountMinor: yuan(100_000) }] });
  });

  it('with an invoice named, that invoice is settled first', () => {
    const [event] = given([invA, invB])
      .when(pay({ invoiceId: 'inv-a', method: 'acceptance_bill' }))
      .events();
    expect(event.data).toMatchObject({
      invoiceId: 'inv-a',
      method: 'acceptance_bill',
      allocations: [{ invoiceId: 'inv-a', amountMinor: yuan(100_000) }],
    });
  });

  it('an unknown invoice is 404, a voided one 409', () => {
    given([invA])
      .when(pay({ invoiceId: 'inv-x' }))
      .thenThrows(NotFoundError, 'unknown-invoice');
    given([invA, invoiceVoided('inv-a', '2027-02-02')])
      .when(pay({ invoiceId: 'inv-a' }))
      .thenThrows(ConflictError, 'invoice-voided');
  });

  it('only finance records payments; money as a float is 400 naming the field', () => {
    given([])
      .when(pay({ by: salesperson }))
      .thenThrows(ForbiddenError, 'receivables-finance-only');
    const error = given([])
      .when(pay({ amountMinor: 99.9 }))
      .thenThrows(DomainError, 'amount-not-positive-fen');
    expect(error.details).toMatchObject({ field: 'amountMinor' });
  });

  it('a receipt date after today is refused; one in another currency too', () => {
    given([])
      .when(pay({ receivedOn: '2027-04-11' }))
      .thenThrows(DomainError, 'receivables-date-in-future');
    given([])
      .when(pay({ currency: 'EUR' }))
      .thenThrows(DomainError, 'currency-not-contracts');
  });

  it('more than the contract still owes is refused (409)', () => {
    const most = paymentReceived('pay-0', yuan(950_000), '2027-03-01');
    const error = given([most])
      .when(pay({ amountMinor: yuan(50_001) }))
      .thenThrows(ConflictError, 'payment-exceeds-contract');
    expect(error.details).toMatchObject({ owedMinor: yuan(50_000) });
    expect(
      given([most])
        .when(pay({ amountMinor: yuan(50_000) }))
        .events(),
    ).toHaveLength(1);
  });

  it('a retried request (same paymentId and content) records nothing; other content under the id is 409', () => {
    const recorded = paymentReceived('pay-1', yuan(100_000), '2027-04-01', [], { prepayment: true });
    given([recorded]).when(pay()).then([]);
    given([recorded])
      .when(pay({ amountMinor: yuan(100_001) }))
      .thenThrows(ConflictError, 'payment-id-taken');
  });
});

describe('回款冲销 reversals (K5)', () => {
  const paid = paymentReceived('pay-1', yuan(100_000), '2027-04-01', [
    { invoiceId: 'inv-b', amountMinor: yuan(100_000) },
  ]);

  it('part of a payment is undone with a reason; published with its own id and what it reverses', () => {
    given([invB, paid])
      .when(reverse())
      .then([paymentReversed('rev-1', 'pay-1', yuan(40_000), '2027-04-05', '承兑汇票退票')]);
    expect(given([invB, paid]).when(reverse()).published()).toEqual([
      {
        type: 'PaymentReversed',
        schemaVersion: 1,
        data: {
          paymentId: 'rev-1',
          reversalOf: 'pay-1',
          contractId: 'k-1',
          customerId: 'c-1',
          ownerId: 'p-li',
          divisionId: 'd-east',
          amountMinor: yuan(40_000),
          currency: 'CNY',
          reversedOn: '2027-04-05',
          reason: '承兑汇票退票',
          recordedBy: 'p-fin',
        },
      },
    ]);
  });

  it('a reversal takes back what the payment settled of its invoice', () => {
    const state = [invB, paid, paymentReversed('rev-1', 'pay-1', yuan(40_000), '2027-04-05')].reduce(
      receivableDecider.evolve,
      receivableDecider.initialState(),
    );
    expect(state.invoices[0].settledMinor).toBe(yuan(60_000));
    expect(state.payments[0]).toMatchObject({ reversedMinor: yuan(40_000) });
  });

  it('not more than is left of the payment: fully, then nothing more', () => {
    const partly = paymentReversed('rev-1', 'pay-1', yuan(40_000), '2027-04-05');
    const error = given([paid, partly])
      .when(reverse({ paymentId: 'rev-2', amountMinor: yuan(60_001) }))
      .thenThrows(ConflictError, 'reversal-exceeds-payment');
    expect(error.details).toMatchObject({ remainingMinor: yuan(60_000) });
    expect(
      given([paid, partly])
        .when(reverse({ paymentId: 'rev-2', amountMinor: yuan(60_000) }))
        .events(),
    ).toHaveLength(1);
  });

  it('needs finance, a known payment, a reason, a date not before the receipt', () => {
    given([paid])
      .when(reverse({ by: salesperson }))
      .thenThrows(ForbiddenError, 'receivables-finance-only');
    given([paid])
      .when(reverse({ reversalOf: 'pay-9' }))
      .thenThrows(NotFoundError, 'unknown-payment');
    given([paid])
      .when(reverse({ reason: '' }))
      .thenThrows(DomainError, 'receivables-reason-required');
    given([paid])
      .when(reverse({ reversedOn: '2027-03-31' }))
      .thenThrows(DomainError, 'reversal-before-payment');
    given([paid])
      .when(reverse({ amountMinor: 1.5 }))
      .thenThrows(DomainError, 'amount-not-positive-fen');
  });

  it('idempotent by its own id; the id of a payment cannot be reused for a reversal', () => {
    const reversed = paymentReversed('rev-1', 'pay-1', yuan(40_000), '2027-04-05', '承兑汇票退票');
    given([paid, reversed]).when(reverse()).then([]);
    given([paid, reversed])
      .when(reverse({ amountMinor: yuan(1) }))
      .thenThrows(ConflictError, 'payment-id-taken');
    given([paid])
      .when(reverse({ paymentId: 'pay-1' }))
      .thenThrows(ConflictError, 'payment-id-taken');
  });
});
