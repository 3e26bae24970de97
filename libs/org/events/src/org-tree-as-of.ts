import type { Role } from '@sales/shared/domain';
import type { BusinessDate, PersonStatus } from './org-events';
import { type ReceivedOrgEvent, currentOrgEvent } from './org-event-versions';

export type OrgTreePerson = Readonly<{
  id: string;
  name: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  /** The identity provider's `sub` a token of this person carries (by default their id). */
  loginSubject: string;
  status: PersonStatus;
  hiredOn: BusinessDate;
}>;

export type OrgTreeDivision = Readonly<{
  id: string;
  code: string;
  name: string;
  /** The division's 事业部经理, if it has one. */
  managerId: string | null;
  /** Ids of the people in the division, the manager included, in order of hiring. */
  members: readonly string[];
}>;

export type OrgTree = Readonly<{
  /** The date the tree is read at; null means "everything recorded". */
  asOf: BusinessDate | null;
  divisions: readonly OrgTreeDivision[];
  people: readonly OrgTreePerson[];
}>;

type Division = { id: string; code: string; name: string };

/**
 * The tree as it stood at the end of `date` (a business date), from org's published events: who
 * is in which division, with which role and manager. Every subscriber answers "who may do what on
 * D" with this one fold. Changes apply in effective-date order (recording order among changes of
 * one day), so a change recorded today for next month does not act before then, and a back-dated
 * one counts from its date. Older versions are read as the current ones (`currentOrgEvent`);
 * event types or versions this fold does not know are skipped: a subscriber keeps working while
 * org publishes something new.
 */
export function orgTreeAsOf(events: readonly ReceivedOrgEvent[], date: BusinessDate): OrgTree {
  const effective = events
    .map(currentOrgEvent)
    .filter((event) => event !== undefined)
    .map((event, order) => ({ event, order }))
    .filter(({ event }) => event.data.effectiveOn <= date)
    .sort((a, b) => a.event.data.effectiveOn.localeCompare(b.event.data.effectiveOn) || a.order - b.order);
  const divisions = new Map<string, Division>();
  const people = new Map<string, OrgTreePerson>();
  for (const { event } of effective) {
    switch (event.type) {
      case 'DivisionCreated': {
        const { divisionId, code, name } = event.data;
        divisions.set(divisionId, { id: divisionId, code, name });
        break;
      }
      case 'DivisionRenamed': {
        const division = divisions.get(event.data.divisionId);
        if (division) division.name = event.data.name;
        break;
      }
      case 'PersonHired': {
        const { personId, name, role, divisionId, managerId, loginSubject, effectiveOn } = event.data;
        people.set(personId, {
          id: personId,
          name,
          role,
          divisionId,
          managerId,
          loginSubject,
          status: 'active',
          hiredOn: effectiveOn,
        });
        break;
      }
      case 'PersonMoved': {
        const person = people.get(event.data.personId);
        if (person) {
          people.set(person.id, {
            ...person,
            divisionId: event.data.toDivisionId,
            managerId: event.data.toManagerId,
          });
        }
        break;
      }
      case 'PersonRoleChanged': {
        const person = people.get(event.data.personId);
        if (person) {
          people.set(person.id, { ...person, role: event.data.toRole, managerId: event.data.toManagerId });
        }
        break;
      }
      case 'PersonStatusChanged': {
        const person = people.get(event.data.personId);
        if (person) people.set(person.id, { ...person, status: event.data.toStatus });
        break;
      }
    }
  }
  // O2: people who left are history, not members of the tree.
  const members = [...people.values()].filter((p) => p.status !== 'left');
  return {
    asOf: date,
    divisions: [...divisions.values()].map((d) => ({
      ...d,
      managerId: members.find((p) => p.role === 'division_manager' && p.divisionId === d.id)?.id ?? null,
      members: members.filter((p) => p.divisionId === d.id).map((p) => p.id),
    })),
    people: members,
  };
}

/**
 * The person a bearer token with this `sub` is: matched on the login subject, never on the person
 * id (which matches only while it is the login subject, the default).
 */
export function personSigningInAs(tree: OrgTree, subject: string): OrgTreePerson | undefined {
  return tree.people.find((p) => p.loginSubject === subject);
}

/** The names of the divisions and people among `ids` (华东事业部, 李娜), for messages people read. */
export function namesInTree(tree: OrgTree, ids: readonly string[]): Record<string, string> {
  const wanted = new Set(ids);
  const names: Record<string, string> = {};
  for (const { id, name } of [...tree.divisions, ...tree.people]) if (wanted.has(id)) names[id] = name;
  return names;
}
