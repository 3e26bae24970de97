import { type Actor, DomainError, ForbiddenError, fold, specify } from '@sales/shared/domain';
import type { SetGradingPolicy } from './grading-policy-commands';
import { currentGradingPolicy, gradingPolicyDecider } from './grading-policy-decider';
import type { GradingPolicySet } from './grading-policy-events';
import { DEFAULT_GRADING_POLICY, gradeForTotal } from './grading-policy';
import { yuan } from './grading.fixture';

const vp: Actor = { userId: 'p-vp', role: 'vp' };
const policy = specify(gradingPolicyDecider);
const thresholds = { A: yuan(2_000_000), B: yuan(500_000), C: yuan(100_000) };

const setPolicy = (over: Partial<SetGradingPolicy['data']> = {}, actor: Actor = vp): SetGradingPolicy => ({
  type: 'SetGradingPolicy',
  data: { actor, today: '2026-06-01', windowMonths: 6, thresholds, currency: 'CNY', ...over },
});

const policySet = (version: number, over: Partial<GradingPolicySet['data']> = {}): GradingPolicySet => ({
  type: 'GradingPolicySet',
  data: {
    version,
    windowMonths: 6,
    thresholds,
    currency: 'CNY',
    effectiveOn: '2026-06-01',
    setBy: 'p-vp',
    ...over,
  },
});

describe('评级政策 the grading policy (C2)', () => {
  it('is the built-in default until the VP sets one: A ≥ 1,000,000 元, B ≥ 300,000, C ≥ 50,000, 12 months, CNY', () => {
    expect(currentGradingPolicy(gradingPolicyDecider.initialState())).toEqual({
      version: 0,
      windowMonths: 12,
      thresholds: { A: 100_000_000, B: 30_000_000, C: 5_000_000 },
      currency: 'CNY',
      effectiveOn: null,
    });
    expect(gradeForTotal(100_000_000, DEFAULT_GRADING_POLICY)).toBe('A');
    expect(gradeForTotal(99_999_999, DEFAULT_GRADING_POLICY)).toBe('B');
    expect(gradeForTotal(5_000_000, DEFAULT_GRADING_POLICY)).toBe('C');
    expect(gradeForTotal(4_999_999, DEFAULT_GRADING_POLICY)).toBe('D');
    expect(gradeForTotal(-1, DEFAULT_GRADING_POLICY)).toBe('D');
  });

  it('the VP sets it; each setting is a new version, effective today', () => {
    policy
      .given([])
      .when(setPolicy())
      .then([policySet(1)]);
    policy
      .given([policySet(1)])
      .when(setPolicy({ windowMonths: 12, today: '2026-09-01' }))
      .then([policySet(2, { windowMonths: 12, effectiveOn: '2026-09-01' })]);
    const history = fold(gradingPolicyDecider, [policySet(1), policySet(2, { windowMonths: 12 })]);
    expect(currentGradingPolicy(history)).toMatchObject({ version: 2, windowMonths: 12 });
  });

  it('the same terms again make no new version (a retried request)', () => {
    policy
      .given([policySet(1)])
      .when(setPolicy({ today: '2026-06-02' }))
      .then([]);
  });

  it('nobody but the VP sets it', () => {
    for (const role of [
      'division_manager',
      'salesperson',
      'sales_admin',
      'admin',
      'general_manager',
    ] as const) {
      const error = policy
        .given([])
        .when(setPolicy({}, { userId: 'p-x', role }))
        .thenThrows(ForbiddenError, 'grading-policy-vp-only');
      expect(error.details).toEqual({ role });
    }
  });

  it('refuses a window outside 1–36 whole months, naming the field', () => {
    for (const windowMonths of [0, 37, 1.5]) {
      const error = policy
        .given([])
        .when(setPolicy({ windowMonths }))
        .thenThrows(DomainError, 'invalid-grading-window');
      expect(error.details).toEqual({ field: 'windowMonths', windowMonths });
    }
  });

  it('refuses an unknown currency', () => {
    policy
      .given([])
      .when(setPolicy({ currency: 'RMB' }))
      .thenThrows(DomainError, 'unknown-currency');
  });

  it('refuses a threshold that is not a positive whole number of 分, naming the grade', () => {
    for (const B of [0, -100, 12.5]) {
      const error = policy
        .given([])
        .when(setPolicy({ thresholds: { ...thresholds, B } }))
        .thenThrows(DomainError, 'invalid-grade-threshold');
      expect(error.details).toEqual({ field: 'thresholds.B', grade: 'B', value: B });
    }
  });

  it('refuses thresholds that do not fall strictly from A to C, in 元', () => {
    const error = policy
      .given([])
      .when(setPolicy({ thresholds: { A: yuan(300_000), B: yuan(300_000), C: yuan(50_000) } }))
      .thenThrows(DomainError, 'grade-thresholds-not-descending');
    expect(error.details).toMatchObject({
      field: 'thresholds.B',
      grade: 'B',
      higherGrade: 'A',
      threshold: '300,000.00 元',
      higherThreshold: '300,000.00 元',
    });
    policy
      .given([])
      .when(setPolicy({ thresholds: { A: yuan(900), B: yuan(500), C: yuan(600) } }))
      .thenThrows(DomainError, 'grade-thresholds-not-descending');
  });

  it('publishes each version’s terms; who set it stays in the envelope', () => {
    expect(policy.given([]).when(setPolicy()).published()).toEqual([
      {
        type: 'GradingPolicySet',
        schemaVersion: 1,
        data: { version: 1, windowMonths: 6, thresholds, currency: 'CNY', effectiveOn: '2026-06-01' },
      },
    ]);
  });
});
