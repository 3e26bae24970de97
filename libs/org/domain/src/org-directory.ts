import { type IdRecord, type Role, emptyIdRecord, withId } from '@sales/shared/domain';
import type { BusinessDate, OrgTree, PersonStatus } from '@sales/org/events';
import type { OrgEvent } from './org-events';

/**
 * The org tree folded from org's internal events: the decider's state and org's own reads.
 * Subscribers fold org's published events instead (`orgTreeAsOf` in `@sales/org/events`).
 */
export type OrgDirectory = Readonly<{
  divisions: IdRecord<DirectoryDivision>;
  people: IdRecord<DirectoryPerson>;
  /**
   * The latest effective date recorded for each division (`division:<id>`) and person
   * (`person:<id>`): a change of one may not take effect before its own last change.
   */
  lastChangeOn: IdRecord<BusinessDate>;
  /** Every event in recording order, for the tree as of any date (`directoryAsOf`). */
  history: readonly OrgEvent[];
}>;

export const divisionKey = (divisionId: string) => `division:${divisionId}`;
export const personKey = (personId: string) => `person:${personId}`;

export type DirectoryDivision = Readonly<{ id: string; code: string; name: string; createdOn: BusinessDate }>;

export type DirectoryPerson = Readonly<{
  id: string;
  name: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  /** The IdP's `sub` this person's tokens carry (unique among people ever hired). */
  loginSubject: string;
  status: PersonStatus;
  hiredOn: BusinessDate;
}>;

export const EMPTY_ORG_DIRECTORY: OrgDirectory = {
  divisions: emptyIdRecord(),
  people: emptyIdRecord(),
  lastChangeOn: emptyIdRecord(),
  history: [],
};

export function evolveOrgDirectory(directory: OrgDirectory, event: OrgEvent): OrgDirectory {
  const key =
    event.type === 'DivisionCreated' || event.type === 'DivisionRenamed'
      ? divisionKey(event.data.divisionId)
      : personKey(event.data.personId);
  const previous = directory.lastChangeOn[key];
  const at = {
    history: [...directory.history, event],
    lastChangeOn: withId(
      directory.lastChangeOn,
      key,
      previous !== undefined && previous > event.data.effectiveOn ? previous : event.data.effectiveOn,
    ),
  };
  switch (event.type) {
    case 'DivisionCreated': {
      const { divisionId, code, name, effectiveOn } = event.data;
      return {
        ...directory,
        ...at,
        divisions: withId(directory.divisions, divisionId, {
          id: divisionId,
          code,
          name,
          createdOn: effectiveOn,
        }),
      };
    }
    case 'DivisionRenamed': {
      const division = directory.divisions[event.data.divisionId];
      return {
        ...directory,
        ...at,
        divisions: withId(directory.divisions, division.id, { ...division, name: event.data.name }),
      };
    }
    case 'PersonHired': {
      const { personId, name, role, divisionId, managerId, loginSubject, effectiveOn } = event.data;
      const person: DirectoryPerson = {
        id: personId,
        name,
        role,
        divisionId,
        managerId,
        loginSubject,
        status: 'active',
        hiredOn: effectiveOn,
      };
      return { ...directory, ...at, people: withId(directory.people, personId, person) };
    }
    case 'PersonMoved': {
      const person = directory.people[event.data.personId];
      const moved = { ...person, divisionId: event.data.toDivisionId, managerId: event.data.toManagerId };
      return { ...directory, ...at, people: withId(directory.people, person.id, moved) };
    }
    case 'PersonRoleChanged': {
      const person = directory.people[event.data.personId];
      const changed = { ...person, role: event.data.toRole, managerId: event.data.toManagerId };
      return { ...directory, ...at, people: withId(directory.people, person.id, changed) };
    }
    case 'PersonStatusChanged': {
      const person = directory.people[event.data.personId];
      const changed = { ...person, status: event.data.toStatus };
      return { ...directory, ...at, people: withId(directory.people, person.id, changed) };
    }
  }
}

export function foldOrgDirectory(events: readonly OrgEvent[]): OrgDirectory {
  return events.reduce(evolveOrgDirectory, EMPTY_ORG_DIRECTORY);
}

/** People still in the tree (O2: `left` people are history, not members). */
export function isInTree(person: DirectoryPerson): boolean {
  return person.status !== 'left';
}

/** 事业部经理: the division's (single) division manager, if it has one. */
export function divisionManagerOf(directory: OrgDirectory, divisionId: string): DirectoryPerson | undefined {
  return Object.values(directory.people).find(
    (p) => isInTree(p) && p.role === 'division_manager' && p.divisionId === divisionId,
  );
}

/** 业务副总: the VP of business, if one is in the tree. */
export function vpOf(directory: OrgDirectory): DirectoryPerson | undefined {
  return Object.values(directory.people).find((p) => isInTree(p) && p.role === 'vp');
}

/** 总经理: the general manager above the VP, if the tree has one (it need not). */
export function generalManagerOf(directory: OrgDirectory): DirectoryPerson | undefined {
  return Object.values(directory.people).find((p) => isInTree(p) && p.role === 'general_manager');
}

/** Whoever was ever hired with this login subject (a subject names one person for good). */
export function personWithLoginSubject(
  directory: OrgDirectory,
  subject: string,
): DirectoryPerson | undefined {
  return Object.values(directory.people).find((p) => p.loginSubject === subject);
}

export function orgTree(directory: OrgDirectory, asOf: BusinessDate | null = null): OrgTree {
  const people = Object.values(directory.people).filter(isInTree);
  return {
    asOf,
    divisions: Object.values(directory.divisions).map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      managerId: divisionManagerOf(directory, d.id)?.id ?? null,
      members: people.filter((p) => p.divisionId === d.id).map((p) => p.id),
    })),
    people,
  };
}

/**
 * The directory as it stood at the end of `date`: the internal events in effect then, applied in
 * effective-date order (recording order within a day).
 */
export function directoryAsOf(events: readonly OrgEvent[], date: BusinessDate): OrgDirectory {
  const effective = events
    .map((event, order) => ({ event, order }))
    .filter(({ event }) => event.data.effectiveOn <= date)
    .sort((a, b) => a.event.data.effectiveOn.localeCompare(b.event.data.effectiveOn) || a.order - b.order);
  return foldOrgDirectory(effective.map(({ event }) => event));
}
