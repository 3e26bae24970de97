import type { RevisitCadence } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';

/** The one stream of the company's field-work policy, every version in it. */
export const FIELD_WORK_POLICY_STREAM = 'field-work-policy';

/** 外勤规则 (C3, C4), one version: set by the VP, in force from its effective date. */
export type FieldWorkPolicy = Readonly<{
  /** 1, 2, …; 0 is the built-in default, in force until the VP sets one. */
  version: number;
  /** 回访周期: a customer not visited (in person, jointly or by phone) within this many days is overdue. */
  revisitCadenceDays: RevisitCadence;
  /** 外出日最少汇报次数: the seed text's "1–2 times a day" makes 1 the default and 2 the usual top, not a cap. */
  minimumCheckInsPerDayOut: number;
  effectiveOn: BusinessDate | null;
}>;

/**
 * A 7 days, B 14, C 30, D 90 (issue 9); one check-in per day out. Ungraded (potential) customers
 * have no revisit cadence by default: DOMAIN C3 gives key customers a cadence by grade, and a
 * potential customer nobody follows up is the pool's matter (C7 returns it after N days without a
 * visit, with a warning first). The VP may give them one (`ungraded`).
 */
export const DEFAULT_FIELD_WORK_POLICY: FieldWorkPolicy = {
  version: 0,
  revisitCadenceDays: { A: 7, B: 14, C: 30, D: 90, ungraded: null },
  minimumCheckInsPerDayOut: 1,
  effectiveOn: null,
};

/** A version the VP set, with who set it. */
export type FieldWorkPolicyVersion = FieldWorkPolicy & Readonly<{ setBy: string }>;

/** Every version set so far, oldest first; none means the built-in default is in force. */
export type FieldWorkPolicyHistory = Readonly<{ versions: readonly FieldWorkPolicyVersion[] }>;

/** The version in force at the end of `date`: the last one effective by then, else the default. */
export function fieldWorkPolicyOn(history: FieldWorkPolicyHistory, date: BusinessDate): FieldWorkPolicy {
  const found = history.versions.filter((v) => v.effectiveOn !== null && v.effectiveOn <= date).at(-1);
  if (!found) return DEFAULT_FIELD_WORK_POLICY;
  const { setBy: _setBy, ...policy } = found;
  return policy;
}

/** The newest version set, whatever its date (what the next version follows). */
export function latestFieldWorkPolicy(history: FieldWorkPolicyHistory): FieldWorkPolicy {
  const latest = history.versions.at(-1);
  if (!latest) return DEFAULT_FIELD_WORK_POLICY;
  const { setBy: _setBy, ...policy } = latest;
  return policy;
}
