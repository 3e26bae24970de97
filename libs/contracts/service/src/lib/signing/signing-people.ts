import type { ContractPerson } from '@sales/contracts/domain';
import type { OrgTree } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';

/** A person as `tree` has them, with the divisions they manage; someone unknown, or gone, has no role. */
export function contractPersonIn(tree: OrgTree, personId: string): ContractPerson {
  const person = tree.people.find((p) => p.id === personId);
  if (!person || person.status === 'left')
    return { personId, role: null, divisionId: null, managedDivisionIds: [] };
  const managedDivisionIds = tree.divisions.filter((d) => d.managerId === personId).map((d) => d.id);
  return { personId, role: person.role, divisionId: person.divisionId, managedDivisionIds };
}

/** The acting person from the tree; IT admin (token only, outside the tree) stays admin. */
export function contractActor(tree: OrgTree, actor: Actor): ContractPerson {
  const person = contractPersonIn(tree, actor.userId);
  if (person.role === null && actor.role === 'admin') return { ...person, role: 'admin' };
  return person;
}
