import type { GradeOrUngraded } from '@sales/customers/events';
import type { BusinessDate } from '@sales/shared/domain';
import { addDays, daysBetween } from '../../pool/calendar-days';
import type { FieldWorkPolicy } from '../policy/field-work-policy';

/** An owned customer as the overdue list needs it (the pool's customers have nobody to visit them). */
export type RevisitCustomer = Readonly<{
  customerId: string;
  name: string;
  ownerId: string;
  owner: string;
  divisionId: string | null;
  grade: GradeOrUngraded;
  registeredOn: BusinessDate;
}>;

/** The latest visit of a customer (any kind: a phone call is a 回访 too), merged records included. */
export type LastVisit = Readonly<{ date: BusinessDate; nextContactOn: BusinessDate | null }>;

/** 回访逾期: one row of the overdue-revisit list. */
export type OverdueRevisit = RevisitCustomer &
  Readonly<{
    cadenceDays: number;
    lastVisitOn: BusinessDate | null;
    dueOn: BusinessDate;
    daysOverdue: number;
    /** What the last visit planned, for the reader; the cadence alone decides what is overdue. */
    nextContactOn: BusinessDate | null;
  }>;

/**
 * 回访逾期 (C3): a customer is due for a revisit `cadence(grade)` days after its last visit (or
 * after its registration when never visited), and overdue from the day after. Grades without a
 * cadence (ungraded by default) are never overdue. Most overdue first.
 */
export function overdueRevisits(
  customers: readonly RevisitCustomer[],
  lastVisits: ReadonlyMap<string, LastVisit>,
  policy: FieldWorkPolicy,
  today: BusinessDate,
): OverdueRevisit[] {
  const rows: OverdueRevisit[] = [];
  for (const customer of customers) {
    const cadenceDays = policy.revisitCadenceDays[customer.grade];
    if (cadenceDays === null) continue;
    const last = lastVisits.get(customer.customerId);
    const dueOn = addDays(last?.date ?? customer.registeredOn, cadenceDays);
    const daysOverdue = daysBetween(dueOn, today);
    if (daysOverdue <= 0) continue;
    rows.push({
      ...customer,
      cadenceDays,
      lastVisitOn: last?.date ?? null,
      dueOn,
      daysOverdue,
      nextContactOn: last?.nextContactOn ?? null,
    });
  }
  return rows.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The later of two last visits (a merged record's and its survivor's). */
export function laterVisit(a: LastVisit | undefined, b: LastVisit): LastVisit {
  return a === undefined || b.date > a.date ? b : a;
}
