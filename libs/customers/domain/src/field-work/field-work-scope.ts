import { type Actor, ForbiddenError, type Role } from '@sales/shared/domain';
import { type OrgView, divisionsManagedIn } from '../org-view';

/**
 * Whose field work (visits, check-ins, expenses, overdue revisits) a reader sees: a salesperson
 * their own, a division manager their own and their divisions', the VP, the general manager, the
 * sales-admin supervisor and IT admin everyone's. `readAll` adds roles for one list (finance reads
 * every expense).
 */
export type FieldWorkScope =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'own'; personId: string; divisionIds: readonly string[] }>;

const READ_ALL: readonly Role[] = ['admin', 'general_manager', 'vp', 'sales_admin'];

/** The rows a person's field work is filed under: who and their division (as recorded for the day). */
export type ScopedRow = Readonly<{ personId: string; divisionId: string | null }>;

export function fieldWorkScope(
  actor: Actor,
  org: OrgView,
  action: string,
  readAll: readonly Role[] = [],
): FieldWorkScope {
  if (READ_ALL.includes(actor.role) || readAll.includes(actor.role)) return { kind: 'all' };
  if (actor.role === 'division_manager')
    return { kind: 'own', personId: actor.userId, divisionIds: divisionsManagedIn(org, actor.userId) };
  if (actor.role === 'salesperson') return { kind: 'own', personId: actor.userId, divisionIds: [] };
  throw new ForbiddenError('forbidden-role', { role: actor.role, action });
}

/**
 * A filter asked for must lie within the scope: a salesperson may ask for themself (and their own
 * division), a manager for their divisions and the people in them today. Anything else is a 403
 * rather than an empty list, so nobody mistakes "not yours" for "nothing there".
 */
export function assertFilterInScope(
  scope: FieldWorkScope,
  org: OrgView,
  filter: Readonly<{ personId?: string; divisionId?: string }>,
): void {
  if (scope.kind === 'all') return;
  const { personId, divisionId } = filter;
  const ownDivision = org.people.find((p) => p.id === scope.personId)?.divisionId ?? null;
  if (divisionId !== undefined && !scope.divisionIds.includes(divisionId) && divisionId !== ownDivision) {
    throw new ForbiddenError('division-outside-your-scope', { divisionId });
  }
  if (personId === undefined || personId === scope.personId) return;
  const theirDivision = org.people.find((p) => p.id === personId)?.divisionId ?? null;
  if (theirDivision === null || !scope.divisionIds.includes(theirDivision)) {
    throw new ForbiddenError('person-outside-your-scope', { personId });
  }
}

/** Is this row (a day, a visit, an expense) the reader's to see? */
export function inFieldWorkScope(scope: FieldWorkScope, row: ScopedRow): boolean {
  if (scope.kind === 'all') return true;
  if (row.personId === scope.personId) return true;
  return row.divisionId !== null && scope.divisionIds.includes(row.divisionId);
}
