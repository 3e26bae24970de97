import {
  type Actor,
  type Aggregate,
  type BusinessDate,
  type Command,
  type DomainEvent,
  DomainError,
  ForbiddenError,
  assertNever,
} from '@sales/shared/domain';

/** The stream of the pool's rules (公海规则), one version per change. */
export const POOL_POLICY_STREAM = 'customer-pool-policy';

/** 公海规则 (C7), set by the VP. */
export type PoolRules = Readonly<{
  /** An owned customer without a follow-up (visit) for this many days returns to the pool. */
  followUpDays: number;
  /** …or without a signed contract for this many days. */
  contractDays: number;
  /** The owner is warned this many days before the return. */
  warningDays: number;
  /** Customers one person may claim from the pool per day. */
  dailyClaimLimit: number;
  /** Customers one person may hold; those with a contract in the last 12 months do not count. */
  holdLimit: number;
  /** Days a returned customer's previous owner waits before taking it again. */
  coolingDays: number;
}>;

export const DEFAULT_POOL_RULES: PoolRules = {
  followUpDays: 30,
  contractDays: 90,
  warningDays: 3,
  dailyClaimLimit: 5,
  holdLimit: 150,
  coolingDays: 7,
};

/** Bounds of each rule: whole numbers in [min, max]. A daily limit of 0 closes the pool to claims. */
export const POOL_RULE_BOUNDS: Readonly<Record<keyof PoolRules, readonly [number, number]>> = {
  followUpDays: [1, 3650],
  contractDays: [1, 3650],
  warningDays: [0, 365],
  dailyClaimLimit: [0, 1000],
  holdLimit: [1, 100_000],
  coolingDays: [0, 3650],
};

/** A version of the rules; version 0 is the defaults, in force until the VP sets any. */
export type PoolPolicyVersion = PoolRules &
  Readonly<{ version: number; setOn: BusinessDate | null; setBy: string | null; note: string }>;

export type PoolPolicySet = DomainEvent<'PoolPolicySet', PoolPolicyVersion>;

export type SetPoolPolicy = Command<
  'SetPoolPolicy',
  Readonly<{ actor: Actor; today: BusinessDate; rules: PoolRules; note: string }>
>;

export type PoolPolicyState = Readonly<{ versions: readonly PoolPolicyVersion[] }>;

export const DEFAULT_POOL_POLICY: PoolPolicyVersion = {
  ...DEFAULT_POOL_RULES,
  version: 0,
  setOn: null,
  setBy: null,
  note: '',
};

/** The rules in force: the latest version, else the defaults. */
export const currentPoolPolicy = ({ versions }: PoolPolicyState): PoolPolicyVersion =>
  versions.at(-1) ?? DEFAULT_POOL_POLICY;

/** 公海规则: versioned; every version is kept, and each pool decision records the one it used. */
export const poolPolicyDecider: Aggregate<PoolPolicyState, SetPoolPolicy, PoolPolicySet> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => ({ versions: [...state.versions, event.data] }),
  decide: (command, state) => {
    switch (command.type) {
      case 'SetPoolPolicy':
        return setPolicy(command.data, state);
      default:
        return assertNever(command.type as never);
    }
  },
  // Internal to customers: subscribers see the pool's decisions (CustomerOwnerChanged), not its rules.
  publish: () => [],
};

function setPolicy({ actor, today, rules, note }: SetPoolPolicy['data'], state: PoolPolicyState) {
  if (actor.role !== 'vp') {
    throw new ForbiddenError('pool-policy-vp-only', { role: actor.role });
  }
  assertValidRules(rules);
  const current = currentPoolPolicy(state);
  const unchanged = (Object.keys(POOL_RULE_BOUNDS) as (keyof PoolRules)[]).every(
    (rule) => current[rule] === rules[rule],
  );
  if (unchanged) return [];
  const version = current.version + 1;
  return [
    {
      type: 'PoolPolicySet' as const,
      data: { ...pickRules(rules), version, setOn: today, setBy: actor.userId, note: note.trim() },
    },
  ];
}

/** Whole numbers within bounds; the warning comes before either return rule can fire. */
export function assertValidRules(rules: PoolRules): void {
  for (const [rule, [min, max]] of Object.entries(POOL_RULE_BOUNDS) as [
    keyof PoolRules,
    [number, number],
  ][]) {
    const value = rules[rule];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new DomainError('invalid-pool-rule', { field: rule, rule, value, min, max });
    }
  }
  const earliestReturn = Math.min(rules.followUpDays, rules.contractDays);
  if (rules.warningDays >= earliestReturn) {
    throw new DomainError('pool-warning-too-late', {
      field: 'warningDays',
      value: rules.warningDays,
      earliestReturn,
    });
  }
}

function pickRules(rules: PoolRules): PoolRules {
  const { followUpDays, contractDays, warningDays, dailyClaimLimit, holdLimit, coolingDays } = rules;
  return { followUpDays, contractDays, warningDays, dailyClaimLimit, holdLimit, coolingDays };
}
