import { specify } from '@sales/shared/domain';
import type { MarkOverdueInstalments } from './receivable-commands';
import { receivableDecider } from './receivable';
import {
  contract,
  instalmentOverdue,
  paymentReceived,
  paymentReversed,
  terminated,
  yuan,
} from './receivables.fixture';

const { given } = specify(receivableDecider);
const mark = (today: string, view = contract): MarkOverdueInstalments => ({
  type: 'MarkOverdueInstalments',
  data: { contract: view, today },
});

describe('逾期 the daily overdue decision (K5)', () => {
  it('on its due date an instalment is not yet overdue; the day after it is, once', () => {
    given([]).when(mark('2027-01-31')).then([]);
    given([])
      .when(mark('2027-02-01'))
      .then([instalmentOverdue('i1', yuan(300_000), '2027-02-01')]);
    given([instalmentOverdue('i1', yuan(300_000), '2027-02-01')])
      .when(mark('2027-02-02'))
      .then([]);
  });

  it('published with the contract’s party, what is outstanding and the day found', () => {
    expect(given([]).when(mark('2027-02-01')).published()).toEqual([
      {
        type: 'InstalmentOverdue',
        schemaVersion: 1,
        data: {
          contractId: 'k-1',
          customerId: 'c-1',
          ownerId: 'p-li',
          divisionId: 'd-east',
          instalmentId: 'i1',
          name: '预付款',
          dueOn: '2027-01-31',
          amountMinor: yuan(300_000),
          outstandingMinor: yuan(300_000),
          currency: 'CNY',
          overdueOn: '2027-02-01',
        },
      },
    ]);
  });

  it('an instalment received in full by its due date never becomes overdue; a partly received one does', () => {
    given([paymentReceived('pay-1', yuan(300_000), '2027-01-31')])
      .when(mark('2027-02-01'))
      .then([]);
    given([paymentReceived('pay-1', yuan(100_000), '2027-01-20')])
      .when(mark('2027-02-01'))
      .then([instalmentOverdue('i1', yuan(200_000), '2027-02-01')]);
  });

  it('a reversal can make a paid instalment overdue', () => {
    given([
      paymentReceived('pay-1', yuan(300_000), '2027-01-20'),
      paymentReversed('rev-1', 'pay-1', 1, '2027-01-25'),
    ])
      .when(mark('2027-02-01'))
      .then([instalmentOverdue('i1', 1, '2027-02-01')]);
  });

  it('a late run catches up every instalment already past due, in due-date order', () => {
    given([])
      .when(mark('2027-07-01'))
      .then([
        instalmentOverdue('i1', yuan(300_000), '2027-07-01'),
        instalmentOverdue('i2', yuan(500_000), '2027-07-01'),
        instalmentOverdue('i3', yuan(200_000), '2027-07-01'),
      ]);
  });

  it('a terminated contract raises no overdue events', () => {
    given([]).when(mark('2027-07-01', terminated)).then([]);
  });
});
