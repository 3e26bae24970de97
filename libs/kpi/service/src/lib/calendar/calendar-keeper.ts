import type { Actor, Role } from '@sales/shared/domain';
import type { KpiOrg } from '../org/kpi-org';

/** Who sets a work calendar, under the role the decider judges (`workCalendarDecider` wants sales_admin or vp). */
export type CalendarKeeper = Readonly<{ personId: string; role: Role | null }>;

/**
 * THE ONE SEAM for the calendar's caller: their role by today's org tree as the KPI API knows it
 * (KpiOrg, folded from the org facts), not by the token. Someone not (yet) in that tree — the
 * projector may lag org by a moment — keeps the role the platform resolved for the request (org's
 * own tree where it is mounted, else the token's claim), as every context does for such callers.
 */
export async function calendarKeeperOf(
  actor: Actor,
  org: Pick<KpiOrg, 'treeToday'>,
): Promise<CalendarKeeper> {
  if (actor.role === 'admin') return { personId: actor.userId, role: 'admin' };
  const person = (await org.treeToday()).people.find((p) => p.id === actor.userId);
  return { personId: actor.userId, role: person?.role ?? actor.role };
}
