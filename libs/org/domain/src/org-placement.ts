import { DomainError, NotFoundError, type Role } from '@sales/shared/domain';
import { type OrgDirectory, divisionManagerOf, generalManagerOf, isInTree, vpOf } from './org-directory';

/** Roles that people can report to. */
const MANAGING_ROLES: readonly Role[] = ['general_manager', 'vp', 'division_manager'];

export function isManagingRole(role: Role): boolean {
  return MANAGING_ROLES.includes(role);
}

export type Placement = Readonly<{
  personId: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
}>;

/**
 * The usual manager: the VP answers to the 总经理 (if the tree has one, else to nobody); a division
 * manager answers to the VP; everyone in a division answers to its division manager (the VP while
 * it has none); people outside divisions answer to the VP (the 总经理 while there is no VP).
 */
export function defaultManagerFor(
  directory: OrgDirectory,
  personId: string,
  role: Role,
  divisionId: string | null,
): string | null {
  if (role === 'general_manager') return null;
  const gm = generalManagerOf(directory);
  const gmId = gm && gm.id !== personId ? gm.id : null;
  if (role === 'vp') return gmId;
  const vp = vpOf(directory);
  const vpId = vp && vp.id !== personId ? vp.id : gmId;
  if (role === 'division_manager' || divisionId === null) return vpId;
  const manager = divisionManagerOf(directory, divisionId);
  return manager && manager.id !== personId ? manager.id : vpId;
}

/**
 * A place in the tree is consistent when: the 总经理 (optional) is unique, outside divisions and
 * answers to nobody; the VP is unique, outside divisions and answers to the 总经理 or nobody;
 * division managers and salespeople belong to a division, one manager per division;
 * a manager is an active VP or the division manager of the person's own division. Those layers
 * leave no room for a cycle in the manager chain; the chain walk below still guards the
 * invariant itself, so a later relaxation of the layers cannot break it silently.
 */
export function assertConsistentPlacement(directory: OrgDirectory, placement: Placement): void {
  const { personId, role, divisionId, managerId } = placement;
  if (divisionId !== null && !directory.divisions[divisionId]) {
    throw new NotFoundError('unknown-division', { divisionId });
  }
  if (role === 'general_manager') {
    if (divisionId !== null) {
      throw new DomainError('general-manager-has-no-division', { personId, divisionId });
    }
    if (managerId !== null) throw new DomainError('general-manager-has-no-manager', { personId, managerId });
    const gm = generalManagerOf(directory);
    if (gm && gm.id !== personId) throw new DomainError('general-manager-already-exists', { gmId: gm.id });
  }
  if (role === 'vp') {
    if (divisionId !== null) throw new DomainError('vp-has-no-division', { personId, divisionId });
    if (managerId !== null && directory.people[managerId]?.role !== 'general_manager') {
      throw new DomainError('vp-has-no-manager', { personId, managerId });
    }
    const vp = vpOf(directory);
    if (vp && vp.id !== personId) throw new DomainError('vp-already-exists', { vpId: vp.id });
  }
  if ((role === 'division_manager' || role === 'salesperson') && divisionId === null) {
    throw new DomainError('division-required', { personId, role });
  }
  if (role === 'division_manager' && divisionId !== null) {
    const current = divisionManagerOf(directory, divisionId);
    if (current && current.id !== personId) {
      throw new DomainError('division-already-has-manager', { divisionId, managerId: current.id });
    }
  }
  if (managerId === null) return;
  if (managerId === personId)
    throw new DomainError('manager-cycle', { personId, chain: [personId, personId] });
  const manager = directory.people[managerId];
  if (!manager || !isInTree(manager)) throw new NotFoundError('unknown-manager', { managerId });
  if (!MANAGING_ROLES.includes(manager.role)) {
    throw new DomainError('manager-not-a-manager', { managerId, role: manager.role });
  }
  if (manager.role === 'division_manager' && manager.divisionId !== divisionId) {
    throw new DomainError('manager-in-other-division', {
      personId,
      divisionId,
      managerId,
      managerDivisionId: manager.divisionId,
    });
  }
  assertNoCycle(directory, personId, managerId);
}

function assertNoCycle(directory: OrgDirectory, personId: string, managerId: string): void {
  const chain = [personId];
  for (let next: string | null = managerId; next !== null; next = directory.people[next]?.managerId ?? null) {
    chain.push(next);
    if (next === personId) throw new DomainError('manager-cycle', { personId, chain });
    if (chain.length > Object.keys(directory.people).length + 1) break;
  }
}

/** People who report to `personId` directly and are still in the tree. */
export function directReportsOf(directory: OrgDirectory, personId: string): string[] {
  return Object.values(directory.people)
    .filter((p) => isInTree(p) && p.managerId === personId)
    .map((p) => p.id);
}
