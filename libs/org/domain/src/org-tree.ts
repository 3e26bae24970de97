import {
  type Actor,
  type Aggregate,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  assertNever,
  isRole,
} from '@sales/shared/domain';
import type { BusinessDate } from '@sales/org/events';
import {
  EMPTY_ORG_DIRECTORY,
  type OrgDirectory,
  directoryAsOf,
  divisionKey,
  evolveOrgDirectory,
  isInTree,
  personKey,
  personWithLoginSubject,
} from './org-directory';
import type { OrgEvent } from './org-events';
import { publishOrgEvent } from './org-publication';
import { assertEffectiveOn } from './org-effective-dates';
import { recordPersonStatus } from './org-person-status';
import { ORG_ADMINS } from './org-commands';
import type {
  ChangeRole,
  CreateDivision,
  HirePerson,
  MovePerson,
  OrgCommand,
  RenameDivision,
} from './org-commands';
import {
  assertConsistentPlacement,
  defaultManagerFor,
  directReportsOf,
  isManagingRole,
} from './org-placement';

/**
 * The whole department as ONE aggregate (stream `org-tree`): its invariants (unique division
 * codes, one VP, one manager per division, no manager cycles) span divisions and people, and an
 * org changes slowly enough that one stream does not contend.
 */
export type OrgTreeState = OrgDirectory;

const DIVISION_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
/** An OIDC `sub` is any case-sensitive string; ours are at most 200 characters, none blank or control. */
const LOGIN_SUBJECT = /^(?=.*\S)[^\p{Cc}]{1,200}$/u;

export const orgTreeDecider: Aggregate<OrgTreeState, OrgCommand, OrgEvent> = {
  initialState: () => EMPTY_ORG_DIRECTORY,
  evolve: evolveOrgDirectory,
  decide,
  publish: publishOrgEvent,
};

export function decide(command: OrgCommand, state: OrgTreeState): OrgEvent[] {
  switch (command.type) {
    case 'CreateDivision':
      return createDivision(command.data, state);
    case 'RenameDivision':
      return renameDivision(command.data, state);
    case 'HirePerson':
      return hirePerson(command.data, state);
    case 'MovePerson':
      return movePerson(command.data, state);
    case 'ChangeRole':
      return changeRole(command.data, state);
    case 'RecordPersonStatus':
      return recordPersonStatus(command.data, state);
    default:
      return assertNever(command);
  }
}

function createDivision(data: CreateDivision['data'], state: OrgTreeState): OrgEvent[] {
  requireRole(data.actor, ORG_ADMINS);
  const backdating = assertEffectiveOn(data, state, {});
  const code = data.code.trim();
  const name = requireText('name', data.name);
  if (!DIVISION_CODE.test(code)) throw new DomainError('invalid-division-code', { code: data.code });
  if (state.divisions[data.divisionId])
    throw new DomainError('division-already-exists', { divisionId: data.divisionId });
  const taken = Object.values(state.divisions).find((d) => d.code.toLowerCase() === code.toLowerCase());
  if (taken) throw new DomainError('division-code-taken', { code, divisionId: taken.id });
  return [
    {
      type: 'DivisionCreated',
      data: { divisionId: data.divisionId, code, name, effectiveOn: data.effectiveOn, ...backdating },
    },
  ];
}

function renameDivision(data: RenameDivision['data'], state: OrgTreeState): OrgEvent[] {
  requireRole(data.actor, ORG_ADMINS);
  const division = state.divisions[data.divisionId];
  if (!division) throw new NotFoundError('unknown-division', { divisionId: data.divisionId });
  const backdating = assertEffectiveOn(data, state, { changed: divisionKey(division.id) });
  const name = requireText('name', data.name);
  if (name === division.name) throw new DomainError('no-change', { divisionId: division.id, name });
  return [
    {
      type: 'DivisionRenamed',
      data: {
        divisionId: division.id,
        name,
        previousName: division.name,
        effectiveOn: data.effectiveOn,
        ...backdating,
      },
    },
  ];
}

function hirePerson(data: HirePerson['data'], state: OrgTreeState): OrgEvent[] {
  requireRole(data.actor, ORG_ADMINS);
  if (state.people[data.personId]) throw new DomainError('person-already-hired', { personId: data.personId });
  const name = requireText('name', data.name);
  if (!isRole(data.role)) throw new DomainError('unknown-role', { role: data.role });
  const divisionId = data.divisionId ?? null;
  const managerId =
    data.managerId === undefined
      ? defaultManagerFor(state, data.personId, data.role, divisionId)
      : data.managerId;
  assertConsistentPlacement(state, { personId: data.personId, role: data.role, divisionId, managerId });
  const loginSubject = assertLoginSubjectFree(state, data.loginSubject ?? data.personId);
  const backdating = assertEffectiveOn(data, state, { divisionId, managerId });
  return [
    {
      type: 'PersonHired',
      data: {
        personId: data.personId,
        name,
        role: data.role,
        divisionId,
        managerId,
        loginSubject,
        effectiveOn: data.effectiveOn,
        ...backdating,
      },
    },
  ];
}

function movePerson(data: MovePerson['data'], state: OrgTreeState): OrgEvent[] {
  const person = requirePerson(state, data.personId);
  authorizeMove(data.actor, person.id, data.today, state);
  const toDivisionId = data.toDivisionId;
  const toManagerId =
    data.managerId === undefined
      ? defaultManagerFor(state, person.id, person.role, toDivisionId)
      : data.managerId;
  if (toDivisionId === person.divisionId && toManagerId === person.managerId) {
    throw new DomainError('no-change', {
      personId: person.id,
      divisionId: toDivisionId,
      managerId: toManagerId,
    });
  }
  if (toDivisionId !== person.divisionId) assertNoReports(state, person.id);
  assertConsistentPlacement(state, {
    personId: person.id,
    role: person.role,
    divisionId: toDivisionId,
    managerId: toManagerId,
  });
  const backdating = assertEffectiveOn(data, state, {
    changed: personKey(person.id),
    divisionId: toDivisionId,
    managerId: toManagerId,
  });
  return [
    {
      type: 'PersonMoved',
      data: {
        personId: person.id,
        fromDivisionId: person.divisionId,
        toDivisionId,
        fromManagerId: person.managerId,
        toManagerId,
        effectiveOn: data.effectiveOn,
        ...backdating,
      },
    },
  ];
}

function changeRole(data: ChangeRole['data'], state: OrgTreeState): OrgEvent[] {
  requireRole(data.actor, ORG_ADMINS);
  const person = requirePerson(state, data.personId);
  if (!isRole(data.role)) throw new DomainError('unknown-role', { role: data.role });
  if (data.role === person.role) throw new DomainError('no-change', { personId: person.id, role: data.role });
  if (!isManagingRole(data.role)) assertNoReports(state, person.id);
  const toManagerId =
    data.managerId === undefined
      ? defaultManagerFor(state, person.id, data.role, person.divisionId)
      : data.managerId;
  assertConsistentPlacement(state, {
    personId: person.id,
    role: data.role,
    divisionId: person.divisionId,
    managerId: toManagerId,
  });
  const backdating = assertEffectiveOn(data, state, {
    changed: personKey(person.id),
    managerId: toManagerId,
  });
  return [
    {
      type: 'PersonRoleChanged',
      data: {
        personId: person.id,
        fromRole: person.role,
        toRole: data.role,
        fromManagerId: person.managerId,
        toManagerId,
        effectiveOn: data.effectiveOn,
        ...backdating,
      },
    },
  ];
}

function requireRole(actor: Actor, allowed: readonly Role[]): void {
  if (!allowed.includes(actor.role))
    throw new ForbiddenError('forbidden-role', { role: actor.role, allowed });
}

/**
 * The VP and admins move anyone; a division manager moves only other people of their own
 * division. The tree as of today, not the token and not a change scheduled for later, says
 * which division the manager runs and where the person is.
 */
function authorizeMove(actor: Actor, personId: string, today: BusinessDate, state: OrgTreeState): void {
  if (ORG_ADMINS.includes(actor.role)) return;
  if (actor.role !== 'division_manager')
    throw new ForbiddenError('forbidden-role', { role: actor.role, allowed: ORG_ADMINS });
  const now = directoryAsOf(state.history, today);
  const actorDivision = now.people[actor.userId]?.divisionId ?? actor.divisionId ?? null;
  const divisionId = now.people[personId]?.divisionId ?? null;
  if (personId === actor.userId || divisionId === null || divisionId !== actorDivision) {
    throw new ForbiddenError('not-your-division', { personId, divisionId, actorDivisionId: actorDivision });
  }
}

function requirePerson(state: OrgTreeState, personId: string) {
  const person = state.people[personId];
  if (!person || !isInTree(person)) throw new NotFoundError('unknown-person', { personId });
  return person;
}

function requireText(field: string, value: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new DomainError('field-required', { field });
  return trimmed;
}

/**
 * A token is matched to one person by its subject (the IdP's `sub`), so a subject belongs to one
 * person ever hired — a subject given to another would let them act as the first. The default
 * subject, the person id, is checked too: someone else may already sign in with it.
 */
function assertLoginSubjectFree(state: OrgTreeState, loginSubject: string): string {
  if (!LOGIN_SUBJECT.test(loginSubject)) {
    throw new DomainError('invalid-login-subject', { loginSubject: loginSubject.slice(0, 200) });
  }
  const holder = personWithLoginSubject(state, loginSubject);
  if (holder) throw new ConflictError('login-subject-taken', { loginSubject, personId: holder.id });
  return loginSubject;
}

/** Their reports would be left with a manager in the wrong place: reassign them first. */
function assertNoReports(state: OrgTreeState, personId: string): void {
  const reports = directReportsOf(state, personId);
  if (reports.length > 0) throw new DomainError('person-has-reports', { personId, reports });
}
