import { ForbiddenError, type Role } from '@sales/shared/domain';
import type { ReceivablesPerson } from './receivable-commands';

/**
 * Who reads receivables (K5, scope as in customers): finance, the VP, the general manager, the
 * sales-admin supervisor and IT admin everything; a division manager the contracts owned in the
 * divisions they manage (and their own); a salesperson the contracts they own. Others none.
 */
export type ReceivablesScope =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'own'; personId: string; divisionIds: readonly string[] }>;

export const RECEIVABLES_READ_ALL: readonly Role[] = [
  'finance',
  'vp',
  'general_manager',
  'sales_admin',
  'admin',
];

export type ScopeTree = Readonly<{
  divisions: readonly Readonly<{ id: string; managerId: string | null }>[];
}>;

export function receivablesScopeOf(reader: ReceivablesPerson, tree: ScopeTree): ReceivablesScope {
  if (reader.role && RECEIVABLES_READ_ALL.includes(reader.role)) return { kind: 'all' };
  if (reader.role === 'division_manager') {
    const divisionIds = tree.divisions.filter((d) => d.managerId === reader.personId).map((d) => d.id);
    return { kind: 'own', personId: reader.personId, divisionIds };
  }
  if (reader.role === 'salesperson') return { kind: 'own', personId: reader.personId, divisionIds: [] };
  throw new ForbiddenError('receivables-read-not-allowed', { role: reader.role });
}

/** Where a contract's receivable is filed for scope: its owner and their division (the contract view's). */
export function inReceivablesScope(
  scope: ReceivablesScope,
  place: Readonly<{ ownerId: string; divisionId: string | null }>,
): boolean {
  if (scope.kind === 'all') return true;
  if (place.ownerId === scope.personId) return true;
  return place.divisionId !== null && scope.divisionIds.includes(place.divisionId);
}
