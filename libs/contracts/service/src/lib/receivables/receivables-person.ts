import type { ReceivablesPerson } from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';

/**
 * The acting person as the org tree has them today (their business role decides, not the token);
 * someone unknown or gone has no role; IT admin (token only, outside the tree) stays admin.
 */
export function receivablesPerson(tree: OrgTree, actor: Actor): ReceivablesPerson {
  const person = tree.people.find((p) => p.id === actor.userId);
  if (person && person.status !== 'left') return { personId: actor.userId, role: person.role };
  return { personId: actor.userId, role: actor.role === 'admin' ? 'admin' : null };
}
