import type { Role } from '@sales/shared/domain';

/*
 * The org tree as field work's deciders read it: people with their role, division and manager,
 * divisions with their manager. The service passes org's tree as of the date that matters (the
 * visit's, the expense's, today); org's `OrgTree` fits this shape, and the domain imports nothing
 * of another context (the module boundary: a decider gets other contexts' facts already folded).
 */

export type OrgViewPerson = Readonly<{
  id: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
}>;

export type OrgViewDivision = Readonly<{ id: string; managerId: string | null }>;

export type OrgView = Readonly<{
  divisions: readonly OrgViewDivision[];
  people: readonly OrgViewPerson[];
}>;

/** Divisions a person manages. */
export function divisionsManagedIn(org: OrgView, personId: string): string[] {
  return org.divisions.filter((d) => d.managerId === personId).map((d) => d.id);
}
