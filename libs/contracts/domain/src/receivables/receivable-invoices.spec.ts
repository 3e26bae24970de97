import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import type { IssueInvoice, VoidInvoice } from './receivable-commands';
import { receivableDecider } from './receivable';
import {
  contract,
  finance,
  invoiceIssued,
  invoiceVoided,
  paymentReceived,
  salesperson,
  terminated,
  yuan,
} from './receivables.fixture';

const { given } = specify(receivableDecider);
const today = '2027-02-15';

const issue = (data: Partial<IssueInvoice['data']> = {}): IssueInvoice => ({
  type: 'IssueInvoice',
  data: {
    contract,
    by: finance,
    today,
    invoiceId: 'inv-1',
    instalmentId: 'i1',
    amountMinor: yuan(300_000),
    issuedOn: '2027-01-15',
    dueOn: '2027-01-31',
    ...data,
  },
});

const voidIt = (data: Partial<VoidInvoice['data']> = {}): VoidInvoice => ({
  type: 'VoidInvoice',
  data: {
    contract,
    by: finance,
    today,
    invoiceId: 'inv-1',
    reason: '抬头有误',
    voidedOn: '2027-02-01',
    ...data,
  },
});

describe('开票 invoices against the payment plan (K5)', () => {
  it('finance issues an invoice against an instalment; it publishes who, what and when', () => {
    given([])
      .when(issue())
      .then([invoiceIssued('inv-1', 'i1', yuan(300_000), '2027-01-15', '2027-01-31')]);
    expect(given([]).when(issue()).published()).toEqual([
      {
        type: 'InvoiceIssued',
        schemaVersion: 1,
        data: {
          invoiceId: 'inv-1',
          contractId: 'k-1',
          customerId: 'c-1',
          ownerId: 'p-li',
          divisionId: 'd-east',
          instalmentId: 'i1',
          amountMinor: yuan(300_000),
          currency: 'CNY',
          issuedOn: '2027-01-15',
          dueOn: '2027-01-31',
          issuedBy: 'p-fin',
        },
      },
    ]);
  });

  it('a due date the same day as the issue date is fine', () => {
    expect(
      given([])
        .when(issue({ dueOn: '2027-01-15' }))
        .events(),
    ).toHaveLength(1);
  });

  it('a due date before the issue date is refused (400 due-before-issue)', () => {
    const error = given([])
      .when(issue({ dueOn: '2027-01-14' }))
      .thenThrows(DomainError, 'due-before-issue');
    expect(error.details).toMatchObject({ field: 'dueOn', issuedOn: '2027-01-15', dueOn: '2027-01-14' });
  });

  it('money as a float is refused, naming the field', () => {
    const error = given([])
      .when(issue({ amountMinor: 1000.5 }))
      .thenThrows(DomainError, 'amount-not-positive-fen');
    expect(error.details).toMatchObject({ field: 'amountMinor' });
    given([])
      .when(issue({ amountMinor: 0 }))
      .thenThrows(DomainError, 'amount-not-positive-fen');
  });

  it('another currency than the contract’s is refused', () => {
    given([])
      .when(issue({ currency: 'USD' }))
      .thenThrows(DomainError, 'currency-not-contracts');
    expect(
      given([])
        .when(issue({ currency: 'CNY' }))
        .events(),
    ).toHaveLength(1);
  });

  it('an issue date after today is refused', () => {
    given([])
      .when(issue({ issuedOn: '2027-02-16', dueOn: '2027-03-01' }))
      .thenThrows(DomainError, 'receivables-date-in-future');
  });

  it('only finance issues invoices (403)', () => {
    given([])
      .when(issue({ by: salesperson }))
      .thenThrows(ForbiddenError, 'receivables-finance-only');
  });

  it('an instalment the plan does not have is 404', () => {
    given([])
      .when(issue({ instalmentId: 'i9' }))
      .thenThrows(NotFoundError, 'unknown-instalment');
  });

  it('invoices of an instalment cannot add up past its amount (voided ones do not count)', () => {
    const first = invoiceIssued('inv-1', 'i1', yuan(200_000), '2027-01-15', '2027-01-31');
    const error = given([first])
      .when(issue({ invoiceId: 'inv-2', amountMinor: yuan(100_001) }))
      .thenThrows(ConflictError, 'invoice-exceeds-instalment');
    expect(error.details).toMatchObject({ invoicedMinor: yuan(200_000), instalmentMinor: yuan(300_000) });
    expect(
      given([first])
        .when(issue({ invoiceId: 'inv-2', amountMinor: yuan(100_000) }))
        .events(),
    ).toHaveLength(1);
    expect(
      given([first, invoiceVoided('inv-1', '2027-01-20')])
        .when(issue({ invoiceId: 'inv-2' }))
        .events(),
    ).toHaveLength(1);
  });

  it('a terminated contract takes no more invoices (409)', () => {
    given([])
      .when(issue({ contract: terminated }))
      .thenThrows(ConflictError, 'contract-terminated-no-invoice');
  });

  it('a retried request (same invoiceId and content) records nothing; other content under the id is 409', () => {
    const issued = invoiceIssued('inv-1', 'i1', yuan(300_000), '2027-01-15', '2027-01-31');
    given([issued]).when(issue()).then([]);
    given([issued])
      .when(issue({ amountMinor: yuan(1) }))
      .thenThrows(ConflictError, 'invoice-id-taken');
  });
});

describe('红冲 voiding an invoice (K5)', () => {
  const issued = invoiceIssued('inv-1', 'i1', yuan(300_000), '2027-01-15', '2027-01-31');

  it('finance voids an invoice with a reason; it publishes the amount voided', () => {
    given([issued])
      .when(voidIt())
      .then([invoiceVoided('inv-1', '2027-02-01')]);
    expect(given([issued]).when(voidIt()).published()[0]).toMatchObject({
      type: 'InvoiceVoided',
      data: { invoiceId: 'inv-1', instalmentId: 'i1', amountMinor: yuan(300_000), reason: '抬头有误' },
    });
  });

  it('needs a reason, finance, a known invoice, a date not before the issue', () => {
    given([issued])
      .when(voidIt({ reason: '  ' }))
      .thenThrows(DomainError, 'receivables-reason-required');
    given([issued])
      .when(voidIt({ by: salesperson }))
      .thenThrows(ForbiddenError, 'receivables-finance-only');
    given([issued])
      .when(voidIt({ invoiceId: 'inv-9' }))
      .thenThrows(NotFoundError, 'unknown-invoice');
    given([issued])
      .when(voidIt({ voidedOn: '2027-01-14' }))
      .thenThrows(DomainError, 'void-before-issue');
  });

  it('twice: the retry records nothing, another void is 409', () => {
    const voided = invoiceVoided('inv-1', '2027-02-01');
    given([issued, voided]).when(voidIt()).then([]);
    given([issued, voided])
      .when(voidIt({ reason: '重复开票' }))
      .thenThrows(ConflictError, 'invoice-already-voided');
  });

  it('what a payment settled of a voided invoice is released: the money stays received on the contract', () => {
    const paid = paymentReceived('pay-1', yuan(300_000), '2027-01-20', [
      { invoiceId: 'inv-1', amountMinor: yuan(300_000) },
    ]);
    const state = [issued, paid, invoiceVoided('inv-1', '2027-02-01')].reduce(
      receivableDecider.evolve,
      receivableDecider.initialState(),
    );
    expect(state.invoices[0]).toMatchObject({ settledMinor: 0, voided: { on: '2027-02-01' } });
    expect(state.payments[0].allocations).toEqual([]);
  });
});
