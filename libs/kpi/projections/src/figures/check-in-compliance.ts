import type { BusinessDate } from '@sales/shared/domain';
import type { CheckInFact, DayOutFact, FieldWorkPolicyFact } from '../facts';
import type { Period } from './period';
import { rate, type RateOrNull } from './rate';
import { countsFor, type Subject } from './subject';

/** Customers' default until the VP sets a field-work policy: one check-in per day out. */
export const DEFAULT_CHECK_INS_PER_DAY_OUT = 1;

export const CHECK_IN_COMPLIANCE_FORMULA = {
  zh: '外出联系汇报合规率 = 期间内（截至当日）签到次数达到当日外勤规则要求的外出天数 ÷ 外出天数；每人每天计一次，规则取当天生效的版本（默认每天 1 次）',
  en: 'check-in compliance = days out in the period (up to the date) with at least the check-ins the field-work policy in force that day asks for ÷ days out; one per person and day, the policy version in force on the day (one check-in by default)',
} as const;

export type CheckInCompliance = Readonly<{
  compliance: RateOrNull;
  daysOut: number;
  compliantDays: number;
  /** The days short of check-ins: who, when, how many of how many. */
  missing: readonly Readonly<{ personId: string; date: BusinessDate; checkIns: number; required: number }>[];
}>;

/** P7 check-in compliance for a subject and period, up to `until` (days not over yet are left out). */
export function checkInCompliance(
  subject: Subject,
  period: Period,
  until: BusinessDate,
  facts: Readonly<{
    daysOut: readonly DayOutFact[];
    checkIns: readonly CheckInFact[];
    policies: readonly FieldWorkPolicyFact[];
  }>,
): CheckInCompliance {
  const last = until < period.to ? until : period.to;
  const policies = [...facts.policies].sort(
    (a, b) => a.businessDate.localeCompare(b.businessDate) || a.version - b.version,
  );
  const requiredOn = (date: BusinessDate) =>
    policies.filter((p) => p.businessDate <= date).at(-1)?.minimumCheckInsPerDayOut ??
    DEFAULT_CHECK_INS_PER_DAY_OUT;
  const checkIns = new Map<string, number>();
  for (const c of facts.checkIns) {
    const key = `${c.personId}|${c.businessDate}`;
    checkIns.set(key, (checkIns.get(key) ?? 0) + 1);
  }
  const days = new Map<string, DayOutFact>();
  for (const day of facts.daysOut)
    if (
      day.businessDate >= period.from &&
      day.businessDate <= last &&
      countsFor(subject, day.personId, day.divisionId)
    )
      days.set(`${day.personId}|${day.businessDate}`, day);
  const missing: { personId: string; date: BusinessDate; checkIns: number; required: number }[] = [];
  for (const [key, day] of days) {
    const count = checkIns.get(key) ?? 0;
    const required = requiredOn(day.businessDate);
    if (count < required)
      missing.push({ personId: day.personId, date: day.businessDate, checkIns: count, required });
  }
  missing.sort((a, b) => a.date.localeCompare(b.date) || a.personId.localeCompare(b.personId));
  const compliantDays = days.size - missing.length;
  return {
    compliance: rate(compliantDays, days.size, 'no day out of the office in the period'),
    daysOut: days.size,
    compliantDays,
    missing,
  };
}
