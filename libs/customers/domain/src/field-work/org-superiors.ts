import type { OrgView, OrgViewPerson } from '../org-view';
import type { Role } from '@sales/shared/domain';

/** Roles at the top of the department: above everyone in sales whatever the manager links say. */
const TOP_ROLES: readonly Role[] = ['vp', 'general_manager'];

/** The person as the tree stands (people who left are not in it). */
export function personIn(org: OrgView, personId: string): OrgViewPerson | undefined {
  return org.people.find((p) => p.id === personId);
}

/**
 * Who stands above `personId` in the tree (ARCHITECTURE §6, "the level above"): their manager and
 * that manager's managers, the manager of their division, the VP (for everyone below the VP) and
 * the general manager (for everyone but them). Never the person themself. A coach on a joint visit
 * (联合拜访) and the approver of an expense come from here.
 */
export function superiorsOf(org: OrgView, personId: string): string[] {
  const person = personIn(org, personId);
  if (!person) return [];
  const above = new Set<string>();
  for (let managerId = person.managerId; managerId && !above.has(managerId); ) {
    above.add(managerId);
    managerId = personIn(org, managerId)?.managerId ?? null;
  }
  const divisionManager = org.divisions.find((d) => d.id === person.divisionId)?.managerId;
  if (divisionManager) above.add(divisionManager);
  for (const other of org.people) {
    if (other.role === 'general_manager') above.add(other.id);
    if (other.role === 'vp' && !TOP_ROLES.includes(person.role)) above.add(other.id);
  }
  above.delete(personId);
  return [...above].filter((id) => personIn(org, id) !== undefined);
}

/** The top of the tree: a VP or general manager with nobody above them. */
export function isTopOfTree(org: OrgView, personId: string): boolean {
  const person = personIn(org, personId);
  return person !== undefined && TOP_ROLES.includes(person.role) && superiorsOf(org, personId).length === 0;
}
