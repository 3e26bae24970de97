import type { GradeOrUngraded, RevisitCadence } from '@sales/customers/events';
import { addDays } from '@sales/kpi/domain';
import { orgTreeAsOf } from '@sales/org/events';
import type { BusinessDate } from '@sales/shared/domain';
import type {
  CustomerGradeFact,
  CustomerMergedFact,
  CustomerOwnerFact,
  CustomerRegisteredFact,
  FieldWorkPolicyFact,
  OrgChangeFact,
  VisitFact,
} from '../facts';
import type { Period } from './period';
import { rate, type RateOrNull } from './rate';
import { countsFor, type Subject } from './subject';

/** Customers' default until the VP sets a field-work policy: A 7 days, B 14, C 30, D 90, ungraded none. */
export const DEFAULT_REVISIT_CADENCE_DAYS: RevisitCadence = { A: 7, B: 14, C: 30, D: 90, ungraded: null };

export const OVERDUE_REVISITS_FORMULA = {
  zh: '回访逾期客户数 = 期末（或截至当日）归属本人/本事业部、其等级设有回访周期的客户中，距最后一次拜访（任何方式，含电话；从未拜访按登记日）已超过该等级回访周期的客户数；等级、负责人、所在事业部和外勤规则均取当日的；被合并客户的拜访计入存续客户。逾期占比 = 回访逾期客户数 ÷ 设有回访周期的客户数',
  en: 'overdue revisits = customers owned at the period’s end (or the date, if earlier) whose grade has a revisit cadence and whose last visit (any kind, phone included; the registration when never visited) is more than that cadence ago; grade, owner, the owner’s division and the field-work policy as of that day; a merged customer’s visits count for its survivor. Overdue share = overdue customers ÷ customers with a cadence',
} as const;

export type OverdueRevisitFacts = Readonly<{
  registered: readonly CustomerRegisteredFact[];
  owners: readonly CustomerOwnerFact[];
  merged: readonly CustomerMergedFact[];
  grades: readonly CustomerGradeFact[];
  visits: readonly VisitFact[];
  policies: readonly FieldWorkPolicyFact[];
  orgChanges: readonly OrgChangeFact[];
}>;

export type OverdueRevisitRow = Readonly<{
  customerId: string;
  ownerId: string;
  grade: GradeOrUngraded;
  cadenceDays: number;
  lastVisitOn: BusinessDate | null;
  dueOn: BusinessDate;
  daysOverdue: number;
}>;

export type OverdueRevisits = Readonly<{
  /** The day the list is taken on: the period's last day, or `until` when earlier. */
  on: BusinessDate;
  overdue: number;
  /** Owned customers whose grade has a revisit cadence on that day. */
  withCadence: number;
  overdueShare: RateOrNull;
  /** Most overdue first. */
  rows: readonly OverdueRevisitRow[];
}>;

const byDateThenRecorded = <F extends Readonly<{ businessDate: string; recordedAt: string }>>(a: F, b: F) =>
  a.businessDate.localeCompare(b.businessDate) || a.recordedAt.localeCompare(b.recordedAt);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
const daysFrom = (from: BusinessDate, to: BusinessDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * P7 回访逾期 (DOMAIN C3) for a subject, taken on one day (the period's end or `until`), as the
 * customers context lists it: due `cadence(grade)` days after the last visit, overdue from the day
 * after. Facts are those recorded by `asOf` (the caller filters).
 */
export function overdueRevisits(
  subject: Subject,
  period: Period,
  until: BusinessDate,
  facts: OverdueRevisitFacts,
): OverdueRevisits {
  const on = until < period.to ? until : period.to;
  const upToOn = <F extends Readonly<{ businessDate: string; recordedAt: string }>>(list: readonly F[]) =>
    list.filter((f) => f.businessDate <= on).sort(byDateThenRecorded);

  const registeredOn = new Map<string, BusinessDate>();
  const owner = new Map<string, string | null>();
  for (const r of upToOn(facts.registered)) {
    registeredOn.set(r.customerId, r.businessDate);
    owner.set(r.customerId, r.ownerId);
  }
  for (const o of upToOn(facts.owners)) owner.set(o.customerId, o.ownerId);
  const survivorOf = new Map(upToOn(facts.merged).map((m) => [m.customerId, m.survivorId]));
  const survivor = (customerId: string) => {
    let id = customerId;
    for (let hops = 0; survivorOf.has(id) && hops < 100; hops++) id = survivorOf.get(id) as string;
    return id;
  };
  const grade = new Map<string, GradeOrUngraded>();
  for (const g of upToOn(facts.grades)) grade.set(g.customerId, g.grade);
  const lastVisit = new Map<string, BusinessDate>();
  for (const v of facts.visits) {
    if (v.businessDate > on) continue;
    const id = survivor(v.customerId);
    const last = lastVisit.get(id);
    if (last === undefined || v.businessDate > last) lastVisit.set(id, v.businessDate);
  }
  const policy = [...facts.policies]
    .filter((p) => p.businessDate <= on)
    .sort((a, b) => a.businessDate.localeCompare(b.businessDate) || a.version - b.version)
    .at(-1);
  const cadence = policy?.revisitCadenceDays ?? DEFAULT_REVISIT_CADENCE_DAYS;
  const divisionOf = new Map(
    orgTreeAsOf(
      facts.orgChanges.map((c) => c.event),
      on,
    ).people.map((p) => [p.id, p.divisionId]),
  );

  const rows: OverdueRevisitRow[] = [];
  let withCadence = 0;
  for (const [customerId, ownerId] of owner) {
    if (ownerId === null || survivorOf.has(customerId)) continue;
    if (!countsFor(subject, ownerId, divisionOf.get(ownerId) ?? null)) continue;
    const customerGrade = grade.get(customerId) ?? 'ungraded';
    const cadenceDays = cadence[customerGrade];
    if (cadenceDays === null) continue;
    withCadence++;
    const lastVisitOn = lastVisit.get(customerId) ?? null;
    const dueOn = addDays(lastVisitOn ?? (registeredOn.get(customerId) as BusinessDate), cadenceDays);
    const daysOverdue = daysFrom(dueOn, on);
    if (daysOverdue > 0)
      rows.push({ customerId, ownerId, grade: customerGrade, cadenceDays, lastVisitOn, dueOn, daysOverdue });
  }
  rows.sort((a, b) => b.daysOverdue - a.daysOverdue || a.customerId.localeCompare(b.customerId));
  return {
    on,
    overdue: rows.length,
    withCadence,
    overdueShare: rate(rows.length, withCadence, 'no owned customer with a revisit cadence'),
    rows,
  };
}
