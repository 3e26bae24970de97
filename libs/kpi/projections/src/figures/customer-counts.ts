import { orgTreeAsOf } from '@sales/org/events';
import type { Grade } from '@sales/customers/events';
import type {
  CustomerActivatedFact,
  CustomerGradeFact,
  CustomerMergedFact,
  CustomerOwnerFact,
  CustomerRegisteredFact,
  OrgChangeFact,
} from '../facts';
import type { Period } from './period';
import { countsFor, type Subject } from './subject';

export const P5_FORMULA = {
  zh: '客户数量：期末拥有客户数（期末归属本人/本事业部的客户，被合并的除外）、本期新增客户数（首份合同签约日在本期的客户，计入签约当日的客户负责人）、按等级分布（期末等级，未评级单列）',
  en: 'customers: owned at the period’s end (owner at the end of the last day; merged duplicates excluded), new in the period (first contract signed in the period, credited to the owner on that day), and by grade (the grade at the period’s end; ungraded apart)',
} as const;

export const NEW_POTENTIAL_FORMULA = {
  zh: '新增潜在客户 = 登记日在本期、登记时有负责人的客户数（计入登记人）',
  en: 'new potential customers = customers registered in the period with an owner (credited to that owner)',
} as const;

export type CustomerFacts = Readonly<{
  registered: readonly CustomerRegisteredFact[];
  owners: readonly CustomerOwnerFact[];
  merged: readonly CustomerMergedFact[];
  activated: readonly CustomerActivatedFact[];
  grades: readonly CustomerGradeFact[];
  orgChanges: readonly OrgChangeFact[];
}>;

export type CustomerCounts = Readonly<{
  ownedAtEnd: number;
  newInPeriod: number;
  byGrade: Readonly<Record<Grade | 'ungraded', number>>;
  newPotential: number;
  explain: Readonly<{
    owned: readonly string[];
    new: readonly CustomerActivatedFact[];
    potential: readonly CustomerRegisteredFact[];
  }>;
}>;

type Owner = Readonly<{ ownerId: string | null; since: string; recordedAt: string }>;

/** The customer's owner at the end of `date`, from its registration and owner changes. */
function ownerOn(history: readonly Owner[], date: string): string | null {
  let owner: string | null = null;
  for (const entry of history) if (entry.since <= date) owner = entry.ownerId;
  return owner;
}

/** P5 (and P7's new potential customers) for a subject and period, from facts recorded by `asOf`. */
export function customerCounts(subject: Subject, period: Period, facts: CustomerFacts): CustomerCounts {
  const history = new Map<string, Owner[]>();
  const push = (customerId: string, entry: Owner) =>
    history.set(customerId, [...(history.get(customerId) ?? []), entry]);
  for (const r of facts.registered)
    push(r.customerId, { ownerId: r.ownerId, since: r.businessDate, recordedAt: r.recordedAt });
  for (const o of facts.owners)
    push(o.customerId, { ownerId: o.ownerId, since: o.businessDate, recordedAt: o.recordedAt });
  for (const entries of history.values())
    entries.sort((a, b) => a.since.localeCompare(b.since) || a.recordedAt.localeCompare(b.recordedAt));
  const mergedBy = new Map(facts.merged.map((m) => [m.customerId, m.businessDate]));
  const orgEvents = facts.orgChanges.map((c) => c.event);
  const divisionAt = new Map<string, ReadonlyMap<string, string | null>>();
  const divisionOf = (personId: string, date: string) => {
    let people = divisionAt.get(date);
    if (!people) {
      people = new Map(orgTreeAsOf(orgEvents, date).people.map((p) => [p.id, p.divisionId]));
      divisionAt.set(date, people);
    }
    return people.get(personId) ?? null;
  };

  const owned: string[] = [];
  for (const [customerId, entries] of history) {
    const merged = mergedBy.get(customerId);
    if (merged !== undefined && merged <= period.to) continue;
    const owner = ownerOn(entries, period.to);
    if (owner && countsFor(subject, owner, divisionOf(owner, period.to))) owned.push(customerId);
  }
  owned.sort();
  const gradeOf = (customerId: string): Grade | 'ungraded' => {
    let grade: Grade | 'ungraded' = 'ungraded';
    const changes = facts.grades
      .filter((g) => g.customerId === customerId && g.businessDate <= period.to)
      .sort(
        (a, b) => a.businessDate.localeCompare(b.businessDate) || a.recordedAt.localeCompare(b.recordedAt),
      );
    for (const change of changes) grade = change.grade;
    return grade;
  };
  const byGrade = { A: 0, B: 0, C: 0, D: 0, ungraded: 0 };
  for (const customerId of owned) byGrade[gradeOf(customerId)]++;

  // 新增客户: the customer's first activation, if it falls in the period.
  const first = new Map<string, CustomerActivatedFact>();
  for (const a of [...facts.activated].sort((x, y) => x.businessDate.localeCompare(y.businessDate)))
    if (!first.has(a.customerId)) first.set(a.customerId, a);
  const fresh = [...first.values()].filter((a) => {
    if (a.businessDate < period.from || a.businessDate > period.to) return false;
    const owner = ownerOn(history.get(a.customerId) ?? [], a.businessDate);
    return owner !== null && countsFor(subject, owner, divisionOf(owner, a.businessDate));
  });
  const potential = facts.registered.filter(
    (r) =>
      r.ownerId !== null &&
      r.businessDate >= period.from &&
      r.businessDate <= period.to &&
      countsFor(subject, r.ownerId, r.divisionId),
  );
  return {
    ownedAtEnd: owned.length,
    newInPeriod: fresh.length,
    byGrade,
    newPotential: potential.length,
    explain: { owned, new: fresh, potential },
  };
}
