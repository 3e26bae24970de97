import { type YearArrangement, workingDays } from '@sales/kpi/domain';
import type { OrgChangeFact, VisitFact } from '../facts';
import type { Period } from './period';
import { average, type RateOrNull } from './rate';
import { salespersonSpells } from './salesperson-days';
import { countsFor, type Subject } from './subject';

/** The kinds of visit P4 counts: in person, or jointly with a coach (phone contacts do not). */
export const VISIT_KINDS_COUNTED = ['in-person', 'joint'] as const;

export const P4_FORMULA = {
  zh: '每天平均访问户数 = 期间内访问户数 ÷ 期间内工作日数（仅计上门和陪同拜访，电话不计；同一业务员同一天拜访同一客户计一户；陪同拜访计入业务员，不计入陪同人；事业部或公司 = 访问户数合计 ÷ 各业务员工作日之和，调动的业务员按在各事业部的天数计算）',
  en: 'average customers visited per working day = customers visited in the period ÷ working days in the period (in-person and joint visits only; one customer counts once per salesperson per day; a joint visit counts for the salesperson, not the coach; a division or the company: total visits ÷ the sum of its salespeople’s working days, a moved salesperson counting in each division for their days there)',
} as const;

export type VisitsPerWorkingDay = Readonly<{
  figure: RateOrNull;
  visits: number;
  workingDays: number;
  /** Years of the period without a work calendar (weekdays counted instead). */
  unarrangedYears: readonly number[];
  /** What it is made of: the visits counted and each salesperson's working days. */
  explain: Readonly<{
    visits: readonly VisitFact[];
    spells: readonly Readonly<{
      personId: string;
      divisionId: string | null;
      from: string;
      to: string;
      workingDays: number;
    }>[];
  }>;
}>;

/** P4 for a subject and period, from the facts recorded by `asOf` (the caller filters them). */
export function visitsPerWorkingDay(
  subject: Subject,
  period: Period,
  facts: Readonly<{ visits: readonly VisitFact[]; orgChanges: readonly OrgChangeFact[] }>,
  calendars: ReadonlyMap<number, YearArrangement>,
): VisitsPerWorkingDay {
  const seen = new Set<string>();
  const counted: VisitFact[] = [];
  const ordered = [...facts.visits].sort(
    (a, b) => a.businessDate.localeCompare(b.businessDate) || a.recordedAt.localeCompare(b.recordedAt),
  );
  for (const visit of ordered) {
    if (visit.businessDate < period.from || visit.businessDate > period.to) continue;
    if (!(VISIT_KINDS_COUNTED as readonly string[]).includes(visit.visitKind)) continue;
    if (!countsFor(subject, visit.personId, visit.divisionId)) continue;
    const key = `${visit.personId}|${visit.customerId}|${visit.businessDate}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counted.push(visit);
  }
  const unarranged = new Set<number>();
  const spells = salespersonSpells(facts.orgChanges, period.from, period.to)
    .filter((spell) => countsFor(subject, spell.personId, spell.divisionId))
    .map((spell) => {
      const days = workingDays(spell.from, spell.to, calendars);
      days.unarranged.forEach((year) => unarranged.add(year));
      return {
        personId: spell.personId,
        divisionId: spell.divisionId,
        from: spell.from,
        to: spell.to,
        workingDays: days.count,
      };
    });
  const total = spells.reduce((sum, spell) => sum + spell.workingDays, 0);
  return {
    figure: average(counted.length, total, 'no working days: nobody was a salesperson here in the period'),
    visits: counted.length,
    workingDays: total,
    unarrangedYears: [...unarranged].sort(),
    explain: { visits: counted, spells },
  };
}
