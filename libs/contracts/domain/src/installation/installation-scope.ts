import { ForbiddenError, type Role } from '@sales/shared/domain';
import type { InstallationPerson } from './installation-commands';

/**
 * Who reads installations (scope as in customers): the VP, the general manager, the sales admin,
 * 安全/质量 and IT admin everything; installers what they are assigned to ("installers see what
 * they install"); a division manager the contracts owned in the divisions they manage (and their
 * own); a salesperson the contracts they own. Others none.
 */
export type InstallationScope =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'installer'; personId: string }>
  | Readonly<{ kind: 'own'; personId: string; divisionIds: readonly string[] }>;

export const INSTALLATION_READ_ALL: readonly Role[] = [
  'vp',
  'general_manager',
  'sales_admin',
  'safety',
  'admin',
];

export function installationScopeOf(
  reader: InstallationPerson,
  tree: Readonly<{ divisions: readonly Readonly<{ id: string; managerId: string | null }>[] }>,
): InstallationScope {
  if (reader.role && INSTALLATION_READ_ALL.includes(reader.role)) return { kind: 'all' };
  if (reader.role === 'installer') return { kind: 'installer', personId: reader.personId };
  if (reader.role === 'division_manager') {
    const divisionIds = tree.divisions.filter((d) => d.managerId === reader.personId).map((d) => d.id);
    return { kind: 'own', personId: reader.personId, divisionIds };
  }
  if (reader.role === 'salesperson') return { kind: 'own', personId: reader.personId, divisionIds: [] };
  throw new ForbiddenError('installation-read-not-allowed', { role: reader.role });
}

export function inInstallationScope(
  scope: InstallationScope,
  place: Readonly<{ ownerId: string; divisionId: string | null; installerIds: readonly string[] }>,
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'installer':
      return place.installerIds.includes(scope.personId);
    case 'own':
      return (
        place.ownerId === scope.personId ||
        (place.divisionId !== null && scope.divisionIds.includes(place.divisionId))
      );
  }
}
