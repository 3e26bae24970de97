import type { OrgTree, OrgTreePerson } from '@sales/org/events';
import { type Actor, ForbiddenError, type Role } from '@sales/shared/domain';
import { assertMaySee } from '../figures/kpi-scope';
import type { Within } from './table-query';
import { withinKeyOf } from './table-query';

/** Roles that see every table in full. */
const SEE_EVERYTHING: readonly Role[] = ['vp', 'general_manager', 'sales_admin'];

export type TableKind = 'rankings' | 'lagging' | 'people';

/** The caller in today's tree (null for `admin`, IT from the token alone); anyone else not in it is refused. */
function callerOf(actor: Actor, today: OrgTree): OrgTreePerson | null {
  if (actor.role === 'admin') return null;
  const caller = today.people.find((p) => p.id === actor.userId);
  if (!caller) throw new ForbiddenError('kpi-caller-not-in-org-tree', { userId: actor.userId });
  return caller;
}

const namesOf = (today: OrgTree) =>
  Object.fromEntries([...today.people, ...today.divisions].map((x) => [x.id, x.name]));

/**
 * Rankings are for everyone who has figures: the VP, general manager, sales admin and admin see
 * them in full, a division manager and a salesperson the places and names of all and the amounts
 * only of whom they may see (`mayShowAmounts`). Other roles are refused.
 */
export function assertMayRank(actor: Actor, today: OrgTree): void {
  const caller = callerOf(actor, today);
  if (caller === null || SEE_EVERYTHING.includes(caller.role)) return;
  if (caller.role === 'salesperson' || caller.role === 'division_manager') return;
  throw new ForbiddenError('kpi-figures-not-allowed', { role: caller.role });
}

/**
 * The lagging list and a division's people × KPIs show every listed person's amounts: the VP,
 * general manager, sales admin and admin anywhere, a division manager their own division only;
 * salespeople and other roles are refused (403).
 */
export function assertMaySeeTable(actor: Actor, within: Within, table: TableKind, today: OrgTree): void {
  const caller = callerOf(actor, today);
  if (caller === null || SEE_EVERYTHING.includes(caller.role)) return;
  if (caller.role !== 'division_manager')
    throw new ForbiddenError('kpi-table-not-allowed', { role: caller.role, table });
  if (within.kind === 'division' && caller.divisionId === within.divisionId) return;
  throw new ForbiddenError('kpi-table-outside-scope', {
    role: caller.role,
    table,
    within: withinKeyOf(within),
    names: namesOf(today),
  });
}

/** Whether a row may show a person's amounts and rates to the caller: the figures' own scope rule. */
export function mayShowAmounts(actor: Actor, personId: string, today: OrgTree): boolean {
  try {
    assertMaySee(actor, { kind: 'person', personId }, today);
    return true;
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    throw error;
  }
}
