import type { Actor, Role } from '@sales/shared/domain';

/*
 * The org tree as the meetings, coaching and summaries deciders read it: people with their role,
 * division, manager and standing, divisions with their manager. The service passes org's tree as
 * of the date that matters (today, for who may do what); org's `OrgTree` fits this shape.
 */

export type TeamPerson = Readonly<{
  id: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  status?: 'active' | 'resigning' | 'left';
}>;

export type TeamView = Readonly<{
  divisions: readonly Readonly<{ id: string; managerId: string | null }>[];
  people: readonly TeamPerson[];
}>;

/** 业务副总, 总经理 and 市场部主管 (who archives summaries) read every meeting, plan and summary. */
export const READS_WHOLE_TEAM: readonly Role[] = ['vp', 'general_manager', 'sales_admin'];

export function teamMember(team: TeamView, personId: string): TeamPerson | undefined {
  return team.people.find((p) => p.id === personId && p.status !== 'left');
}

export function divisionsManagedBy(team: TeamView, personId: string): string[] {
  return team.divisions.filter((d) => d.managerId === personId).map((d) => d.id);
}

/**
 * Whether `managerId` is above `personId` today: the manager of their division, the manager the
 * tree names for them, or the VP (who answers for the whole department). Nobody manages themselves.
 */
export function manages(team: TeamView, managerId: string, personId: string): boolean {
  if (managerId === personId) return false;
  const person = teamMember(team, personId);
  if (!person) return false;
  if (person.managerId === managerId) return true;
  if (person.divisionId && divisionsManagedBy(team, managerId).includes(person.divisionId)) return true;
  return teamMember(team, managerId)?.role === 'vp';
}

/**
 * Data scope by the tree as of today: a salesperson their own, a division manager their
 * division's people (and those reporting to them), the VP, 总经理 and 市场部主管 everyone.
 */
export function canSeePerson(actor: Actor, team: TeamView, personId: string): boolean {
  if (READS_WHOLE_TEAM.includes(actor.role)) return true;
  if (actor.userId === personId) return true;
  return actor.role === 'division_manager' && manages(team, actor.userId, personId);
}
