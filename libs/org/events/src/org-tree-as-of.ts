import type { Role } from '@sales/shared/domain';
import { ORG_EVENT_CATALOGUE } from './org-event-catalogue';
import type { BusinessDate, OrgPublishedEvent, PersonStatus } from './org-events';

export type OrgTreePerson = Readonly<{
  id: string;
  name: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
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

/** An org event as a subscriber holds it: an envelope or its copy, at any published version. */
export type ReceivedOrgEvent = Readonly<{ type: string; schemaVersion?: number; data: unknown }>;

type Division = { id: string; code: string; name: string };

/**
 * The tree as it stood at the end of `date` (a business date), from org's published events: who
 * is in which division, with which role and manager. Every subscriber answers "who may do what on
 * D" with this one fold. Changes apply in effective-date order (recording order among changes of
 * one day), so a change recorded today for next month does not act before then, and a back-dated
 * one counts from its date. Event types or versions this fold does not know are skipped: a
 * subscriber keeps working while org publishes something new.
 */
export function orgTreeAsOf(events: readonly ReceivedOrgEvent[], date: BusinessDate): OrgTree {
  const effective = events
    .filter(isKnown)
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
        const { personId, name, role, divisionId, managerId, effectiveOn } = event.data;
        people.set(personId, {
          id: personId,
          name,
          role,
          divisionId,
          managerId,
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

/** The catalogue's (type, version) pairs: what this fold was written for. */
const KNOWN = new Set(ORG_EVENT_CATALOGUE.map((e) => `${e.type}.v${e.schemaVersion}`));

function isKnown(event: ReceivedOrgEvent): event is OrgPublishedEvent {
  return KNOWN.has(`${event.type}.v${event.schemaVersion ?? 1}`);
}
