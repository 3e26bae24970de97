import type { Role } from '@sales/shared/domain';

/**
 * The part of the org tree (as of the day a notice is sent) the recipient rules read: who has
 * which role, who manages whom, who runs each division. The service passes org's tree as notices'
 * replica folds it; people who left are not in it, so they receive nothing.
 */
export type OrgView = Readonly<{
  people: readonly Readonly<{
    id: string;
    role: Role;
    managerId: string | null;
    divisionId: string | null;
  }>[];
  divisions: readonly Readonly<{ id: string; managerId: string | null }>[];
}>;

export const personIn = (org: OrgView, id: string | null) =>
  id === null ? undefined : org.people.find((p) => p.id === id);

export const managerOf = (org: OrgView, personId: string): string | null =>
  personIn(org, personId)?.managerId ?? null;

export const peopleWithRole = (org: OrgView, role: Role): string[] =>
  org.people.filter((p) => p.role === role).map((p) => p.id);

/**
 * Who decides a submitted split of targets — the rule of targets' `decisionFor` (DOMAIN T4),
 * read from the published facts: the person above the unit's owner (the division's manager, or
 * the VP for the company split); a division without a manager is decided by the VP; a submitter
 * who would decide their own submission passes it one level up, unless nobody is above them.
 */
export function targetsApproverOf(org: OrgView, unit: string, submittedBy: string): string | null {
  const vp = org.people.find((p) => p.role === 'vp');
  const owner =
    unit === 'company'
      ? vp
      : personIn(org, org.divisions.find((d) => `division:${d.id}` === unit)?.managerId ?? null);
  const above = personIn(org, owner?.managerId ?? null);
  let approver = unit === 'company' ? (above ?? owner) : (above ?? vp);
  if (approver?.id === submittedBy) approver = personIn(org, approver.managerId) ?? approver;
  return approver?.id ?? null;
}

/**
 * Who approves a pre-signing report — contracts' rule: the manager of the report's division,
 * unless that is the salesperson (then the salesperson's own manager).
 */
export function reportApproverOf(
  org: OrgView,
  divisionId: string | null,
  salespersonId: string,
): string | null {
  const manager = org.divisions.find((d) => d.id === divisionId)?.managerId ?? null;
  if (manager && manager !== salespersonId) return manager;
  return managerOf(org, salespersonId);
}
