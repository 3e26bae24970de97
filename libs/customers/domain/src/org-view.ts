import type { Role } from '@sales/shared/domain';

/*
 * The org tree as customers' deciders read it: people with their role, division, manager and
 * standing, divisions with their manager. The service passes org's tree as of the date that
 * matters (the visit's, the expense's, today); org's `OrgTree` fits this shape, and the domain
 * imports nothing of another context (the module boundary: a decider gets other contexts' facts
 * already folded).
 */

export type OrgViewPerson = Readonly<{
  id: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  /** Where the person stands (org's O2): a person who has `left` takes no customers. Active when absent. */
  status?: 'active' | 'resigning' | 'left';
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
