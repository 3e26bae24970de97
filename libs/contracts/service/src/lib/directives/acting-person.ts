import type { OrgTree } from '@sales/org/events';
import type { Actor, Role } from '@sales/shared/domain';

/**
 * The acting person as the org tree has them today (their business role decides, not the token);
 * someone unknown or gone has no role; IT admin (token only, outside the tree) stays admin.
 */
export function actingPerson(tree: OrgTree, actor: Actor): Readonly<{ personId: string; role: Role | null }> {
  const person = tree.people.find((p) => p.id === actor.userId);
  if (person && person.status !== 'left') return { personId: actor.userId, role: person.role };
  return { personId: actor.userId, role: actor.role === 'admin' ? 'admin' : null };
}
