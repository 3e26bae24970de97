import { DomainError, ForbiddenError, fold, specify } from '@sales/shared/domain';
import { actorOf } from '../testing/department.fixture';
import {
  DEFAULT_POOL_RULES,
  type PoolPolicySet,
  type PoolRules,
  type SetPoolPolicy,
  currentPoolPolicy,
  poolPolicyDecider,
} from './pool-policy';

const setBy = (by: string, rules: Partial<PoolRules> = {}, today = '2026-11-28'): SetPoolPolicy => ({
  type: 'SetPoolPolicy',
  data: { actor: actorOf(by), today, rules: { ...DEFAULT_POOL_RULES, ...rules }, note: ' 旺季收紧 ' },
});
const version = (n: number, rules: Partial<PoolRules> = {}): PoolPolicySet => ({
  type: 'PoolPolicySet',
  data: { ...DEFAULT_POOL_RULES, ...rules, version: n, setOn: '2026-11-01', setBy: 'p-vp', note: '' },
});
const policy = specify(poolPolicyDecider);

describe('公海规则 the pool policy (C7)', () => {
  it('until the VP sets one, the defaults are in force: 30/90 days, warned 3 days before, 5 claims a day, 150 held, 7 days cooling', () => {
    expect(currentPoolPolicy(poolPolicyDecider.initialState())).toMatchObject({
      version: 0,
      followUpDays: 30,
      contractDays: 90,
      warningDays: 3,
      dailyClaimLimit: 5,
      holdLimit: 150,
      coolingDays: 7,
    });
  });

  it('the VP sets a new version; every version is kept', () => {
    policy
      .given([version(1, { holdLimit: 100 })])
      .when(setBy('p-vp', { dailyClaimLimit: 3 }))
      .then([
        {
          type: 'PoolPolicySet',
          data: {
            ...DEFAULT_POOL_RULES,
            dailyClaimLimit: 3,
            version: 2,
            setOn: '2026-11-28',
            setBy: 'p-vp',
            note: '旺季收紧',
          },
        },
      ]);
    const state = fold(poolPolicyDecider, [version(1, { holdLimit: 100 }), version(2, { holdLimit: 90 })]);
    expect(state.versions.map((v) => [v.version, v.holdLimit])).toEqual([
      [1, 100],
      [2, 90],
    ]);
    expect(currentPoolPolicy(state).holdLimit).toBe(90);
  });

  it('setting the rules in force again records no version', () => {
    policy
      .given([version(1, { holdLimit: 100 })])
      .when(setBy('p-vp', { holdLimit: 100 }))
      .then([]);
  });

  it('only the VP sets the rules: not a manager, not the sales admin', () => {
    policy.given([]).when(setBy('p-chen')).thenThrows(ForbiddenError, 'pool-policy-vp-only');
    policy
      .given([])
      .when({
        ...setBy('p-vp'),
        data: { ...setBy('p-vp').data, actor: { userId: 'p-sa', role: 'sales_admin' } },
      })
      .thenThrows(ForbiddenError, 'pool-policy-vp-only');
  });

  it('a rule out of bounds or not a whole number is refused naming the field', () => {
    const error = policy
      .given([])
      .when(setBy('p-vp', { holdLimit: 0 }))
      .thenThrows(DomainError, 'invalid-pool-rule');
    expect(error.details).toMatchObject({ field: 'holdLimit', min: 1, max: 100_000 });
    policy
      .given([])
      .when(setBy('p-vp', { coolingDays: 1.5 }))
      .thenThrows(DomainError, 'invalid-pool-rule');
  });

  it('the warning must come before the earlier return rule', () => {
    const error = policy
      .given([])
      .when(setBy('p-vp', { followUpDays: 10, contractDays: 5, warningDays: 5 }))
      .thenThrows(DomainError, 'pool-warning-too-late');
    expect(error.details).toMatchObject({ field: 'warningDays', earliestReturn: 5 });
  });

  it('publishes nothing: subscribers see the pool’s decisions, not its rules', () => {
    expect(
      policy
        .given([])
        .when(setBy('p-vp', { holdLimit: 120 }))
        .published(),
    ).toEqual([]);
  });
});
