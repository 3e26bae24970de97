import type { BusinessDate } from '@sales/shared/domain';

/** customers' field-work facts, as its published events tell them (FieldDayOut, CheckInRecorded, FieldWorkPolicySet). */
export type FieldWorkFact =
  | Readonly<{ type: 'day-out'; personId: string; date: BusinessDate }>
  | Readonly<{ type: 'check-in'; checkInId: string; personId: string; date: BusinessDate }>
  | Readonly<{
      type: 'policy';
      version: number;
      minimumCheckInsPerDayOut: number;
      effectiveOn: BusinessDate;
    }>;

export type MissingCheckIns = Readonly<{
  personId: string;
  date: BusinessDate;
  checkIns: number;
  minimum: number;
}>;

/**
 * customers' default field-work policy (C4): one check-in per day out until the VP sets a
 * version. FieldWorkPolicySet publishes every version set, not the default, so it is repeated here.
 */
export const DEFAULT_MINIMUM_CHECK_INS = 1;

/**
 * 外出联系汇报缺失 as a notice sees it: the days out between `from` and the day before `today`
 * (a day is judged once it is over) with fewer check-ins than the policy in force on that day
 * asked for — the same rule as customers' missing check-in list, from the published facts.
 */
export function missingCheckInsOf(
  facts: readonly FieldWorkFact[],
  range: Readonly<{ from: BusinessDate; today: BusinessDate }>,
): MissingCheckIns[] {
  const key = (personId: string, date: string) => `${personId}\u0000${date}`;
  const daysOut = new Map<string, { personId: string; date: BusinessDate }>();
  const checkIns = new Map<string, Set<string>>();
  const policies: { version: number; minimum: number; effectiveOn: BusinessDate }[] = [];
  for (const fact of facts) {
    if (fact.type === 'day-out') daysOut.set(key(fact.personId, fact.date), fact);
    else if (fact.type === 'check-in') {
      const day = key(fact.personId, fact.date);
      checkIns.set(day, (checkIns.get(day) ?? new Set()).add(fact.checkInId));
    } else
      policies.push({
        version: fact.version,
        minimum: fact.minimumCheckInsPerDayOut,
        effectiveOn: fact.effectiveOn,
      });
  }
  policies.sort((a, b) => a.version - b.version);
  const minimumOn = (date: BusinessDate) =>
    policies.filter((p) => p.effectiveOn <= date).at(-1)?.minimum ?? DEFAULT_MINIMUM_CHECK_INS;
  return [...daysOut.entries()]
    .filter(([, day]) => day.date >= range.from && day.date < range.today)
    .flatMap(([dayKey, { personId, date }]) => {
      const count = checkIns.get(dayKey)?.size ?? 0;
      const minimum = minimumOn(date);
      return count >= minimum ? [] : [{ personId, date, checkIns: count, minimum }];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.personId.localeCompare(b.personId));
}
