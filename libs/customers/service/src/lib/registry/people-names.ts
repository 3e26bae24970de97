import type { OrgTree } from '@sales/org/events';
import { DomainError } from '@sales/shared/domain';

/** 李娜（p-li）: a person as messages name them; the id alone when the tree does not know them. */
export function personLabel(org: OrgTree, personId: unknown): string {
  if (personId === null || personId === undefined) return '公海 the pool';
  const person = org.people.find((p) => p.id === personId);
  return person ? `${person.name}（${person.id}）` : String(personId);
}

/** Detail keys holding a person's id, and the key their name goes under for the message. */
const PEOPLE = { ownerId: 'owner', toOwnerId: 'toOwner', userId: 'user' } as const;

/**
 * A registry error as people read it: every person it names gets their name beside the id
 * (`{owner}` → 李娜（p-li）), from the tree the decision was made on.
 */
export function withPeopleNamed<E>(error: E, org: OrgTree): E {
  if (!(error instanceof DomainError)) return error;
  for (const [key, label] of Object.entries(PEOPLE)) {
    if (key in error.details && !(label in error.details)) {
      error.details[label] = personLabel(org, error.details[key]);
    }
  }
  return error;
}
