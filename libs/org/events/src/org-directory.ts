import { type IdRecord, type Role, emptyIdRecord, withId } from '@sales/shared/domain';
import type { BusinessDate, OrgEvent, PersonStatus } from './org-events';

/**
 * The org tree folded from org events. It lives in the events lib, not in org/domain, because
 * every context scopes its data by this tree and may import only `@sales/org/events`: one fold,
 * shared, instead of one re-implementation per subscriber.
 */
export type OrgDirectory = Readonly<{
  /** Latest effective date recorded; org changes never take effect before it. */
  latestEffectiveOn: BusinessDate | null;
  divisions: IdRecord<DirectoryDivision>;
  people: IdRecord<DirectoryPerson>;
}>;

export type DirectoryDivision = Readonly<{ id: string; code: string; name: string; createdOn: BusinessDate }>;

export type DirectoryPerson = Readonly<{
  id: string;
  name: string;
  role: Role;
  divisionId: string | null;
  managerId: string | null;
  status: PersonStatus;
  hiredOn: BusinessDate;
}>;

export const EMPTY_ORG_DIRECTORY: OrgDirectory = {
  latestEffectiveOn: null,
  divisions: emptyIdRecord(),
  people: emptyIdRecord(),
};

export function evolveOrgDirectory(directory: OrgDirectory, event: OrgEvent): OrgDirectory {
  const at = { latestEffectiveOn: event.data.effectiveOn };
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
      const { personId, name, role, divisionId, managerId, effectiveOn } = event.data;
      const person: DirectoryPerson = {
        id: personId,
        name,
        role,
        divisionId,
        managerId,
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

export type OrgTreeDivision = Readonly<{
  id: string;
  code: string;
  name: string;
  managerId: string | null;
  /** Ids of the people in the division, the manager included, in order of hiring. */
  members: readonly string[];
}>;

/** A person as the tree shows them: the directory's record. */
export type OrgTreePerson = DirectoryPerson;

export type OrgTree = Readonly<{
  /** The date the tree is read at; null means "everything recorded". */
  asOf: BusinessDate | null;
  divisions: readonly OrgTreeDivision[];
  people: readonly OrgTreePerson[];
}>;

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
 * The tree as it stood at the end of `date` (a business date). Org changes are recorded in
 * effective-date order (the org decider refuses back-dating before the latest change), so the
 * events up to the date are exactly a prefix of the stream.
 */
export function orgTreeAsOf(events: readonly OrgEvent[], date: BusinessDate): OrgTree {
  return orgTree(foldOrgDirectory(events.filter((e) => e.data.effectiveOn <= date)), date);
}
