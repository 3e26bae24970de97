import { ConflictError, DomainError, specify } from '@sales/shared/domain';
import { customerGradeDecider } from './customer-grade';
import {
  activate,
  activated,
  gradeChanged,
  paid,
  pay,
  policyV,
  reverse,
  reversed,
  yuan,
} from './grading.fixture';

const grade = specify(customerGradeDecider);
/** 华信 became active on 5 January 2026 and was graded D (nothing received yet). */
const active = [
  activated(),
  gradeChanged('ungraded', 'D', 0, '2026-01-05', { kind: 'activation', ref: 'k-1' }),
];

describe('客户等级：激活 a customer leaves 未评级 with its first contract (C2)', () => {
  it('a potential customer is ungraded until activated; then D when nothing was received', () => {
    grade.given([]).when(activate('2026-01-05')).then(active);
  });

  it('a second contract changes nothing', () => {
    grade.given(active).when(activate('2026-02-01', 'k-2')).then([]);
  });

  it('is refused without a contract or with a date that is not one', () => {
    grade.given([]).when(activate('2026-01-05', '')).thenThrows(DomainError, 'field-required');
    grade.given([]).when(activate('2026-02-30')).thenThrows(DomainError, 'invalid-business-date');
  });
});

describe('客户等级：回款 payments raise the grade, with the payment as reason (C2)', () => {
  it('400,000 元 received in the window makes a D customer B', () => {
    grade
      .given(active)
      .when(pay('pay-1', yuan(400_000), '2026-03-10'))
      .then([
        paid('pay-1', yuan(400_000), '2026-03-10'),
        gradeChanged('D', 'B', yuan(400_000), '2026-03-10', { kind: 'payment', ref: 'pay-1' }),
      ]);
  });

  it('payments add up over the window: 1,000,000 元 in two payments is A', () => {
    grade
      .given([...active, paid('pay-1', yuan(400_000), '2026-03-10')])
      .when(pay('pay-2', yuan(600_000), '2026-05-20'))
      .then([
        paid('pay-2', yuan(600_000), '2026-05-20'),
        gradeChanged('D', 'A', yuan(1_000_000), '2026-05-20', { kind: 'payment', ref: 'pay-2' }),
      ]);
  });

  it('a payment that leaves the grade where it is records the payment only', () => {
    grade
      .given(active)
      .when(pay('pay-1', yuan(10_000), '2026-03-10'))
      .then([paid('pay-1', yuan(10_000), '2026-03-10')]);
  });

  it('a payment dated before the window counts for nothing in today’s grade', () => {
    grade
      .given(active)
      .when(pay('pay-old', yuan(2_000_000), '2025-03-10', '2026-03-10'))
      .then([paid('pay-old', yuan(2_000_000), '2025-03-10')]);
  });

  it('a payment from a customer still ungraded implies it is active (activated on the date received)', () => {
    grade
      .given([])
      .when(pay('pay-1', yuan(60_000), '2026-03-10'))
      .then([
        activated('2026-03-10', null),
        paid('pay-1', yuan(60_000), '2026-03-10'),
        gradeChanged('ungraded', 'C', yuan(60_000), '2026-03-10', { kind: 'payment', ref: 'pay-1' }),
      ]);
  });

  it('a redelivered payment (same id) changes nothing', () => {
    const history = [
      ...active,
      paid('pay-1', yuan(400_000), '2026-03-10'),
      gradeChanged('D', 'B', yuan(400_000), '2026-03-10', { kind: 'payment', ref: 'pay-1' }),
    ];
    grade
      .given(history)
      .when(pay('pay-1', yuan(400_000), '2026-03-10', '2026-03-12'))
      .then([]);
  });

  it('a payment id used again for another amount is a conflict, not a second payment', () => {
    grade
      .given([...active, paid('pay-1', yuan(400_000), '2026-03-10')])
      .when(pay('pay-1', yuan(500_000), '2026-03-10'))
      .thenThrows(ConflictError, 'payment-id-reused');
  });

  it('refuses a negative, zero, float or unsafe amount, naming the field', () => {
    for (const amount of [-100, 0, 1234.5, Number.MAX_SAFE_INTEGER + 1]) {
      const error = grade
        .given(active)
        .when(pay('pay-x', amount, '2026-03-10'))
        .thenThrows(DomainError, 'invalid-payment-amount');
      expect(error.details).toEqual({ field: 'amountMinor', amountMinor: amount });
    }
  });

  it('refuses an unknown currency, and one the policy does not grade in (no exchange rates)', () => {
    grade
      .given(active)
      .when(pay('pay-x', 100, '2026-03-10', '2026-03-10', { currency: 'RMB' }))
      .thenThrows(DomainError, 'unknown-currency');
    const error = grade
      .given(active)
      .when(pay('pay-x', 100, '2026-03-10', '2026-03-10', { currency: 'USD' }))
      .thenThrows(DomainError, 'payment-currency-not-graded');
    expect(error.details).toMatchObject({ field: 'currency', currency: 'USD', gradingCurrency: 'CNY' });
  });

  it('refuses a date that is not a calendar date', () => {
    grade
      .given(active)
      .when(pay('pay-x', 100, '2026-13-01'))
      .thenThrows(DomainError, 'invalid-business-date');
  });

  it('refuses to decide with a policy older than the one the grade already follows (another replica set a new one)', () => {
    const underV2 = gradeChanged(
      'D',
      'C',
      yuan(400_000),
      '2026-06-01',
      { kind: 'policy', ref: '2' },
      policyV(2),
    );
    grade
      .given([...active, paid('pay-1', yuan(400_000), '2026-03-10'), underV2])
      .when(pay('pay-2', yuan(1), '2026-06-02'))
      .thenThrows(ConflictError, 'grading-policy-changed');
  });
});

describe('客户等级：回款冲销 reversals count negatively (C2)', () => {
  const withPayment = [
    ...active,
    paid('pay-1', yuan(400_000), '2026-03-10'),
    gradeChanged('D', 'B', yuan(400_000), '2026-03-10', { kind: 'payment', ref: 'pay-1' }),
  ];

  it('reversing 200,000 元 of a 400,000 元 payment takes B down to C, with the reversal as reason', () => {
    grade
      .given(withPayment)
      .when(reverse('rev-1', 'pay-1', yuan(200_000), '2026-03-20'))
      .then([
        reversed('rev-1', 'pay-1', yuan(200_000), '2026-03-20'),
        gradeChanged('B', 'C', yuan(200_000), '2026-03-20', { kind: 'payment-reversal', ref: 'rev-1' }),
      ]);
  });

  it('a redelivered reversal changes nothing', () => {
    const history = [...withPayment, reversed('rev-1', 'pay-1', yuan(200_000), '2026-03-20')];
    grade
      .given(history)
      .when(reverse('rev-1', 'pay-1', yuan(200_000), '2026-03-20'))
      .then([]);
  });

  it('refuses the reversal of an unknown payment, or of a reversal', () => {
    grade
      .given(withPayment)
      .when(reverse('rev-1', 'pay-404', yuan(1), '2026-03-20'))
      .thenThrows(DomainError, 'reversal-of-unknown-payment');
    grade
      .given([...withPayment, reversed('rev-1', 'pay-1', yuan(1), '2026-03-20')])
      .when(reverse('rev-2', 'rev-1', yuan(1), '2026-03-21'))
      .thenThrows(DomainError, 'reversal-of-unknown-payment');
  });

  it('refuses to reverse more than is left of the payment, in 元', () => {
    const error = grade
      .given([...withPayment, reversed('rev-1', 'pay-1', yuan(300_000), '2026-03-20')])
      .when(reverse('rev-2', 'pay-1', yuan(100_000) + 1, '2026-03-21'))
      .thenThrows(DomainError, 'reversal-exceeds-payment');
    expect(error.details).toMatchObject({ amount: '100,000.01 元', remaining: '100,000.00 元' });
  });

  it('refuses a negative or float reversal', () => {
    for (const amount of [-5, 0.5])
      grade
        .given(withPayment)
        .when(reverse('rev-1', 'pay-1', amount, '2026-03-20'))
        .thenThrows(DomainError, 'invalid-payment-amount');
  });
});

describe('客户等级 what other systems see (C2)', () => {
  it('publishes the grade change with its window, total and reason; payments stay internal', () => {
    const published = grade
      .given(active)
      .when(pay('pay-1', yuan(400_000), '2026-03-10'))
      .published();
    expect(published).toEqual([
      {
        type: 'CustomerGradeChanged',
        schemaVersion: 1,
        data: {
          customerId: 'c-1',
          previousGrade: 'D',
          grade: 'B',
          windowTotalMinor: 40_000_000,
          currency: 'CNY',
          windowStart: '2025-03-11',
          windowEnd: '2026-03-10',
          reasonKind: 'payment',
          reasonRef: 'pay-1',
          policyVersion: 0,
          changedOn: '2026-03-10',
        },
      },
    ]);
  });
});
