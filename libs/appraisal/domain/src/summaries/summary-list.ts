import type { Actor, BusinessDate } from '@sales/shared/domain';
import { type TeamView, canSeePerson } from '../meetings/team-scope';
import type { HandedInSummary, SummaryStatus } from './summary';
import type { SummaryPeriod } from './summary-period';

export type SummaryFilter = Readonly<{ period?: string; personId?: string; status?: SummaryStatus }>;

/** The summaries `actor` reads (their own; a manager their people's; VP, 总经理, 市场部主管 all). */
export function listSummaries<Summary extends HandedInSummary>(
  summaries: readonly Summary[],
  actor: Actor,
  team: TeamView,
  filter: SummaryFilter = {},
): Summary[] {
  return summaries
    .filter((s) => canSeePerson(actor, team, s.personId))
    .filter(
      (s) =>
        (filter.period === undefined || s.period === filter.period) &&
        (filter.personId === undefined || s.personId === filter.personId) &&
        (filter.status === undefined || s.status === filter.status),
    )
    .sort((a, b) => b.from.localeCompare(a.from) || a.personId.localeCompare(b.personId));
}

export type MissingSummary = Readonly<{
  personId: string;
  divisionId: string | null;
  period: string;
  dueOn: BusinessDate;
  /** Past its due date (today later than dueOn). */
  overdue: boolean;
}>;

/**
 * 未交总结: the salespeople who owe a summary for `period` — those in the tree at the period's
 * end (`teamAtEnd`), not left — and have handed none in, within `actor`'s scope (`teamToday`).
 */
export function missingSummaries(
  period: SummaryPeriod,
  teamAtEnd: TeamView,
  handedIn: ReadonlySet<string>,
  actor: Actor,
  teamToday: TeamView,
  today: BusinessDate,
): MissingSummary[] {
  return teamAtEnd.people
    .filter((p) => p.role === 'salesperson' && p.status !== 'left' && !handedIn.has(p.id))
    .filter((p) => canSeePerson(actor, teamToday, p.id))
    .map((p) => ({
      personId: p.id,
      divisionId: p.divisionId,
      period: period.label,
      dueOn: period.dueOn,
      overdue: today > period.dueOn,
    }))
    .sort(
      (a, b) =>
        (a.divisionId ?? '').localeCompare(b.divisionId ?? '') || a.personId.localeCompare(b.personId),
    );
}
