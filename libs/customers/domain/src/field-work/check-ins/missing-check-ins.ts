import type { DayOutReason } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
import type { FieldWorkPolicy } from '../policy/field-work-policy';

/** A day out as the report needs it: whose, credited to which division, why out, how many check-ins. */
export type DayOutRecord = Readonly<{
  personId: string;
  divisionId: string | null;
  date: BusinessDate;
  reason: DayOutReason;
  checkIns: number;
}>;

/** 汇报缺失: a day out with fewer check-ins than the policy in force on it asks for. */
export type MissingCheckIn = DayOutRecord &
  Readonly<{
    minimum: number;
    missing: number;
    /** false for today: it may still be made up before the day ends. */
    dayOver: boolean;
  }>;

/**
 * 外出联系汇报缺失 (C4): the days out from `from` to `to` (never after today: a day declared ahead
 * is not yet missing anything) with fewer check-ins than the minimum of the policy version in
 * force on that day. By date, then person.
 */
export function missingCheckIns(
  days: readonly DayOutRecord[],
  policyOn: (date: BusinessDate) => FieldWorkPolicy,
  range: Readonly<{ from: BusinessDate; to: BusinessDate }>,
  today: BusinessDate,
): MissingCheckIn[] {
  const last = range.to < today ? range.to : today;
  return days
    .filter((day) => day.date >= range.from && day.date <= last)
    .flatMap((day) => {
      const minimum = policyOn(day.date).minimumCheckInsPerDayOut;
      if (day.checkIns >= minimum) return [];
      return [{ ...day, minimum, missing: minimum - day.checkIns, dayOver: day.date < today }];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.personId.localeCompare(b.personId));
}
