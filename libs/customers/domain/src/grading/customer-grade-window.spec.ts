import { fold, specify } from '@sales/shared/domain';
import { customerGradeDecider } from './customer-grade';
import type { CustomerGradeEvent } from './customer-grade-events';
import {
  activated,
  applyPolicy,
  gradeChanged,
  paid,
  policyV,
  review,
  reversed,
  yuan,
} from './grading.fixture';
import { gradingWindow } from './grading-window';

const grade = specify(customerGradeDecider);

/** Active since January 2026; 400,000 元 received on 10 March 2026 made it B. */
const gradedB: CustomerGradeEvent[] = [
  activated(),
  gradeChanged('ungraded', 'D', 0, '2026-01-05', { kind: 'activation', ref: 'k-1' }),
  paid('pay-1', yuan(400_000), '2026-03-10'),
  gradeChanged('D', 'B', yuan(400_000), '2026-03-10', { kind: 'payment', ref: 'pay-1' }),
];

describe('the 12-month window', () => {
  it('is (today − 12 months, today]: both ends written as included days', () => {
    expect(gradingWindow('2027-03-09', 12)).toEqual({ start: '2026-03-10', end: '2027-03-09' });
    expect(gradingWindow('2027-03-10', 12)).toEqual({ start: '2026-03-11', end: '2027-03-10' });
  });

  it('clamps to the end of a shorter month and crosses years', () => {
    expect(gradingWindow('2026-03-31', 1)).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(gradingWindow('2024-02-29', 12)).toEqual({ start: '2023-03-01', end: '2024-02-29' });
    expect(gradingWindow('2026-01-15', 36)).toEqual({ start: '2023-01-16', end: '2026-01-15' });
  });
});

describe('客户等级：窗口滑动 the daily review as the clock moves across the window (C2)', () => {
  it('moving the clock day by day across the window: B until the payment leaves it, then D with the slide date as reason', () => {
    let history = [...gradedB];
    const decided: Record<string, CustomerGradeEvent[]> = {};
    for (const today of ['2026-12-31', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11']) {
      decided[today] = grade.given(history).when(review(today)).events();
      history = [...history, ...decided[today]];
    }
    expect(decided['2026-12-31']).toEqual([]);
    expect(decided['2027-03-09']).toEqual([]);
    expect(decided['2027-03-10']).toEqual([
      gradeChanged('B', 'D', 0, '2027-03-10', { kind: 'window-slide', ref: '2027-03-10' }),
    ]);
    expect(decided['2027-03-10'][0].data).toMatchObject({
      previousGrade: 'B',
      grade: 'D',
      windowTotalMinor: 0,
      windowStart: '2026-03-11',
      windowEnd: '2027-03-10',
      reason: { kind: 'window-slide', ref: '2027-03-10' },
    });
    expect(decided['2027-03-11']).toEqual([]);
    expect(fold(customerGradeDecider, history).grade).toBe('D');
  });

  it('a reversal leaving the window raises the total again', () => {
    const history = [
      ...gradedB,
      reversed('rev-1', 'pay-1', yuan(300_000), '2026-04-01'),
      gradeChanged('B', 'C', yuan(100_000), '2026-04-01', { kind: 'payment-reversal', ref: 'rev-1' }),
      paid('pay-2', yuan(250_000), '2027-01-10'),
      gradeChanged('C', 'B', yuan(350_000), '2027-01-10', { kind: 'payment', ref: 'pay-2' }),
    ];
    // 2027-03-10: pay-1 (+400,000) has left, rev-1 (−300,000) has not: −50,000 is D.
    const slide = gradeChanged('B', 'D', -yuan(50_000), '2027-03-10', {
      kind: 'window-slide',
      ref: '2027-03-10',
    });
    grade.given(history).when(review('2027-03-10')).then([slide]);
    // 2027-04-01: rev-1 has left too; pay-2 alone (250,000) is C.
    grade
      .given([...history, slide])
      .when(review('2027-04-01'))
      .then([
        gradeChanged('D', 'C', yuan(250_000), '2027-04-01', { kind: 'window-slide', ref: '2027-04-01' }),
      ]);
  });

  it('a second review of the same day, or of an earlier one, decides nothing (a second replica, a clock behind)', () => {
    const fallen = [
      ...gradedB,
      gradeChanged('B', 'D', 0, '2027-03-10', { kind: 'window-slide', ref: '2027-03-10' }),
    ];
    grade.given(fallen).when(review('2027-03-10')).then([]);
    grade.given(fallen).when(review('2027-03-09')).then([]);
  });

  it('a customer still 未评级 is not reviewed', () => {
    grade.given([]).when(review('2027-03-10')).then([]);
  });
});

describe('客户等级：评级政策调整 a policy change re-grades, with the version as reason (C2)', () => {
  const stricter = policyV(1, { thresholds: { A: yuan(1_000_000), B: yuan(500_000), C: yuan(50_000) } });

  it('B ≥ 500,000 元 takes the 400,000 元 customer from B to C, naming policy version 1', () => {
    grade
      .given(gradedB)
      .when(applyPolicy(stricter, '2026-06-01'))
      .then([gradeChanged('B', 'C', yuan(400_000), '2026-06-01', { kind: 'policy', ref: '1' }, stricter)]);
  });

  it('a policy that leaves the grade as it was is recorded once, so it is not applied again', () => {
    const lenient = policyV(1, { windowMonths: 24 });
    const applied = {
      type: 'GradingPolicyApplied' as const,
      data: { customerId: 'c-1', policyVersion: 1, appliedOn: '2026-06-01' },
    };
    grade.given(gradedB).when(applyPolicy(lenient, '2026-06-01')).then([applied]);
    grade
      .given([...gradedB, applied])
      .when(applyPolicy(lenient, '2026-06-02'))
      .then([]);
  });

  it('the daily review applies a version the re-grading missed, with the policy as reason', () => {
    grade
      .given(gradedB)
      .when(review('2026-06-02', stricter))
      .then([gradeChanged('B', 'C', yuan(400_000), '2026-06-02', { kind: 'policy', ref: '1' }, stricter)]);
  });

  it('a review with an older policy than the grade follows decides nothing', () => {
    const underV1 = gradeChanged(
      'B',
      'C',
      yuan(400_000),
      '2026-06-01',
      { kind: 'policy', ref: '1' },
      stricter,
    );
    grade
      .given([...gradedB, underV1])
      .when(review('2026-06-05'))
      .then([]);
  });

  it('a longer window keeps an old payment in: the slide is judged by the policy in force', () => {
    const twoYears = policyV(1, { windowMonths: 24 });
    const history = [
      ...gradedB,
      {
        type: 'GradingPolicyApplied' as const,
        data: { customerId: 'c-1', policyVersion: 1, appliedOn: '2026-06-01' },
      },
    ];
    grade.given(history).when(review('2027-03-10', twoYears)).then([]);
    grade
      .given(history)
      .when(review('2028-03-10', twoYears))
      .then([gradeChanged('B', 'D', 0, '2028-03-10', { kind: 'window-slide', ref: '2028-03-10' }, twoYears)]);
  });
});
