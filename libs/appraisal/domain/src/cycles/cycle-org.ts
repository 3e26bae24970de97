import type { Role } from '@sales/shared/domain';

/*
 * The org tree as the cycle decider reads it: the service passes org's tree (as of today for who
 * may act, as of the period's end for whom a cycle appraises); org's `OrgTree` fits this shape,
 * and the domain imports nothing of another context.
 */

export type CycleOrgPerson = Readonly<{
  id: string;
  name: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  status?: 'active' | 'resigning' | 'left';
}>;

export type CycleOrgDivision = Readonly<{ id: string; name: string; managerId: string | null }>;

export type CycleOrgView = Readonly<{
  divisions: readonly CycleOrgDivision[];
  people: readonly CycleOrgPerson[];
}>;

/** Roles at the top of the department: above everyone in sales whatever the manager links say. */
const TOP_ROLES: readonly Role[] = ['vp', 'general_manager'];

export function personIn(org: CycleOrgView, personId: string): CycleOrgPerson | undefined {
  return org.people.find((p) => p.id === personId);
}

/**
 * Who stands above `personId` (ARCHITECTURE §6, "the level above"): their manager and that
 * manager's managers, their division's manager, the VP (for everyone below the VP) and the
 * general manager (for everyone but them). Never the person themself. A person's 管理链 (manager
 * chain) for appraisal: who evaluates them and who may read their pay.
 */
export function superiorsOf(org: CycleOrgView, personId: string): string[] {
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

/**
 * Is `actorId` above `personId` today? Someone who has left the tree is still above nobody but
 * still under the VP and the general manager.
 */
export function standsAbove(org: CycleOrgView, actorId: string, personId: string): boolean {
  if (actorId === personId) return false;
  if (superiorsOf(org, personId).includes(actorId)) return true;
  const actor = personIn(org, actorId);
  return !personIn(org, personId) && actor !== undefined && TOP_ROLES.includes(actor.role);
}

/** The top of the tree: a VP or general manager with nobody above them. */
export function isTopOfTree(org: CycleOrgView, personId: string): boolean {
  const person = personIn(org, personId);
  return person !== undefined && TOP_ROLES.includes(person.role) && superiorsOf(org, personId).length === 0;
}

/**
 * Who approves a cycle submitted by `submitterId`: the VP; when the VP submitted, the general
 * manager above them, or nobody above — then the VP themself (recorded as a self-approval).
 */
export function cycleApproverOf(org: CycleOrgView, submitterId: string): string | undefined {
  const vp = org.people.find((p) => p.role === 'vp' && p.id !== submitterId);
  if (vp && personIn(org, submitterId)?.role !== 'vp') return vp.id;
  const generalManager = org.people.find((p) => p.role === 'general_manager' && p.id !== submitterId);
  if (generalManager) return generalManager.id;
  return isTopOfTree(org, submitterId) ? submitterId : vp?.id;
}
