import type { Subject } from '@sales/kpi/projections';
import type { OrgTree } from '@sales/org/events';
import { type Actor, ForbiddenError, type Role } from '@sales/shared/domain';
import { subjectKeyOf } from './figure-query';

/** Roles that see every subject's figures. */
const SEE_EVERYTHING: readonly Role[] = ['vp', 'general_manager', 'sales_admin'];

/**
 * Who may see whose figures, by today's org tree (never the token): a salesperson their own, a
 * division manager the division and the people in it today, the VP, general manager and sales
 * admin everything; `admin` (IT, from the token alone) everything. Anyone else is refused (403).
 */
export function assertMaySee(actor: Actor, subject: Subject, today: OrgTree): void {
  if (actor.role === 'admin') return;
  const caller = today.people.find((p) => p.id === actor.userId);
  if (!caller) throw new ForbiddenError('kpi-caller-not-in-org-tree', { userId: actor.userId });
  if (SEE_EVERYTHING.includes(caller.role)) return;
  const names = Object.fromEntries([...today.people, ...today.divisions].map((x) => [x.id, x.name]));
  const refuse = () =>
    new ForbiddenError('kpi-subject-outside-scope', {
      role: caller.role,
      subject: subjectKeyOf(subject),
      names,
    });
  switch (caller.role) {
    case 'salesperson':
      if (subject.kind === 'person' && subject.personId === caller.id) return;
      throw refuse();
    case 'division_manager': {
      const division = caller.divisionId;
      if (division === null) throw refuse();
      if (subject.kind === 'division' && subject.divisionId === division) return;
      if (
        subject.kind === 'person' &&
        today.people.some((p) => p.id === subject.personId && p.divisionId === division)
      )
        return;
      throw refuse();
    }
    default:
      throw new ForbiddenError('kpi-figures-not-allowed', { role: caller.role });
  }
}
