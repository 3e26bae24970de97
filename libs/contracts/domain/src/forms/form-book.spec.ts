import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { type FormBookCommand, type FormBookEvent, type FormPerson, formBookDecider } from './form-book';
import { DEFAULT_FORM_NUMBER_FORMAT } from './form-number-format';

const admin: FormPerson = { personId: 'p-admin', role: 'sales_admin', divisionId: null };
const li: FormPerson = { personId: 'p-li', role: 'salesperson', divisionId: 'd-east' };
const today = '2027-03-01';

const issue = (count: number, to = li, by = admin): FormBookCommand => ({
  type: 'IssueForms',
  data: { year: 2027, count, to, by, format: DEFAULT_FORM_NUMBER_FORMAT, today },
});
const issued = (firstSeq: number, numbers: string[]): FormBookEvent => ({
  type: 'FormsIssued',
  data: {
    year: 2027,
    firstSeq,
    numbers,
    holderId: 'p-li',
    divisionId: 'd-east',
    issuedBy: 'p-admin',
    issuedOn: today,
    formatVersion: 0,
  },
});
const book = specify(formBookDecider);

describe('合同领用 the form book (K1)', () => {
  it('numbers run on from the last one issued, HT-2027-0001 first, with no gap', () => {
    book
      .given([])
      .when(issue(2))
      .then([issued(1, ['HT-2027-0001', 'HT-2027-0002'])]);
    book
      .given([issued(1, ['HT-2027-0001', 'HT-2027-0002'])])
      .when(issue(1))
      .then([issued(3, ['HT-2027-0003'])]);
  });

  it('only the sales-admin supervisor issues, to a salesperson, 1–500 at a time', () => {
    book
      .given([])
      .when(issue(1, li, li))
      .thenThrows(ForbiddenError, 'form-issue-not-allowed');
    book.given([]).when(issue(1, admin)).thenThrows(DomainError, 'form-holder-not-salesperson');
    book.given([]).when(issue(0)).thenThrows(DomainError, 'form-batch-size');
    book.given([]).when(issue(501)).thenThrows(DomainError, 'form-batch-size');
  });

  const use = (by: string, contractId = 'k-1'): FormBookCommand => ({
    type: 'UseForm',
    data: { number: 'HT-2027-0001', contractId, by, today },
  });
  const out = [issued(1, ['HT-2027-0001'])];

  it('a form is used only by the person it was issued to; a retried use changes nothing', () => {
    book.given(out).when(use('p-wang')).thenThrows(ForbiddenError, 'form-not-yours');
    const used = book.given(out).when(use('p-li')).events();
    expect(used).toEqual([
      {
        type: 'FormUsed',
        data: { year: 2027, number: 'HT-2027-0001', contractId: 'k-1', usedBy: 'p-li', usedOn: today },
      },
    ]);
    book
      .given([...out, ...used])
      .when(use('p-li'))
      .then([]);
    book
      .given([...out, ...used])
      .when(use('p-li', 'k-2'))
      .thenThrows(ConflictError, 'form-not-out');
  });

  it('a used form is neither voided nor returned; a void needs a reason; only the admin receives a return', () => {
    const used = book.given(out).when(use('p-li')).events();
    const voidIt = (reason: string, by = li): FormBookCommand => ({
      type: 'VoidForm',
      data: { number: 'HT-2027-0001', reason, by, today },
    });
    const returnIt = (receivedBy = admin): FormBookCommand => ({
      type: 'ReturnForm',
      data: { number: 'HT-2027-0001', receivedBy, today },
    });
    book
      .given([...out, ...used])
      .when(voidIt('写错'))
      .thenThrows(ConflictError, 'form-not-out');
    book
      .given([...out, ...used])
      .when(returnIt())
      .thenThrows(ConflictError, 'form-not-out');
    book.given(out).when(voidIt('  ')).thenThrows(DomainError, 'form-void-reason-required');
    book.given(out).when(returnIt(li)).thenThrows(ForbiddenError, 'form-return-not-allowed');
    const returned = book.given(out).when(returnIt()).events();
    book
      .given([...out, ...returned])
      .when(returnIt())
      .thenThrows(ConflictError, 'form-not-out');
    book
      .given(out)
      .when({ type: 'ReturnForm', data: { number: 'HT-2027-0099', receivedBy: admin, today } })
      .thenThrows(NotFoundError, 'unknown-form');
  });
});
