import { ForbiddenError, type Role } from '@sales/shared/domain';
import type { ContractPerson } from './contract-commands';

/**
 * Whose contracts a reader sees (K3, scope as in customers): a salesperson their own, a division
 * manager their own and their divisions' (the contract's division today), the VP, the general
 * manager, the sales admin, finance and IT admin all. Installers see the contracts they are
 * assigned (installation slice); other roles none.
 */
export type ContractScope =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'own'; personId: string; divisionIds: readonly string[] }>;

export const CONTRACT_READ_ALL: readonly Role[] = [
  'admin',
  'general_manager',
  'vp',
  'sales_admin',
  'finance',
];

export function contractScopeOf(reader: ContractPerson): ContractScope {
  if (reader.role && CONTRACT_READ_ALL.includes(reader.role)) return { kind: 'all' };
  if (reader.role === 'division_manager')
    return { kind: 'own', personId: reader.personId, divisionIds: reader.managedDivisionIds };
  if (reader.role === 'salesperson') return { kind: 'own', personId: reader.personId, divisionIds: [] };
  throw new ForbiddenError('contract-list-not-allowed', { role: reader.role });
}

export function inContractScope(
  scope: ContractScope,
  contract: Readonly<{ ownerId: string; divisionId: string | null }>,
): boolean {
  if (scope.kind === 'all') return true;
  if (contract.ownerId === scope.personId) return true;
  return contract.divisionId !== null && scope.divisionIds.includes(contract.divisionId);
}
