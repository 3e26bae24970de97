import type { FormPerson } from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';

/** A person as the tree has them today; someone unknown, or gone, has no role. */
export function personIn(tree: OrgTree, personId: string): FormPerson {
  const person = tree.people.find((p) => p.id === personId);
  if (!person || person.status === 'left') return { personId, role: null, divisionId: null };
  return { personId, role: person.role, divisionId: person.divisionId };
}

/** The acting person from the tree; IT admin (token only, outside the tree) stays admin. */
export function byActor(tree: OrgTree, actor: Actor): FormPerson {
  const person = personIn(tree, actor.userId);
  if (person.role === null && actor.role === 'admin') return { ...person, role: 'admin' };
  return person;
}
