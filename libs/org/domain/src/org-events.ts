import type { DomainEvent, Role } from '@sales/shared/domain';
import type { BusinessDate, PersonStatus } from '@sales/org/events';

/** Why a change was dated before the day it was recorded (倒签); internal, not published. */
type Backdating = Readonly<{ backdatingReason?: string }>;

/*
 * The org tree's internal events: what the decider records and folds. They are org's own and
 * free to change; other contexts see the published events of `@sales/org/events`, which
 * `org-publication.ts` makes of these.
 */

/** 事业部 created under the sales department. */
export type DivisionCreated = DomainEvent<
  'DivisionCreated',
  Backdating & Readonly<{ divisionId: string; code: string; name: string; effectiveOn: BusinessDate }>
>;

export type DivisionRenamed = DomainEvent<
  'DivisionRenamed',
  Backdating & Readonly<{ divisionId: string; name: string; previousName: string; effectiveOn: BusinessDate }>
>;

/**
 * A person joins with a role, a place in a division (or none) and a manager (or none), and the
 * login subject their tokens carry (the IdP's `sub`; the person id unless given). Recorded before
 * the login subject existed, it reads with the person id (`ORG_UPCASTERS`).
 */
export type PersonHired = DomainEvent<
  'PersonHired',
  Backdating &
    Readonly<{
      personId: string;
      name: string;
      role: Role;
      divisionId: string | null;
      managerId: string | null;
      loginSubject: string;
      effectiveOn: BusinessDate;
    }>
>;

/** A person changes division and/or manager; both sides are stated so consumers need no lookup. */
export type PersonMoved = DomainEvent<
  'PersonMoved',
  Backdating &
    Readonly<{
      personId: string;
      fromDivisionId: string | null;
      toDivisionId: string | null;
      fromManagerId: string | null;
      toManagerId: string | null;
      effectiveOn: BusinessDate;
    }>
>;

/** A role change can change whom the person answers to, so the manager travels with it. */
export type PersonRoleChanged = DomainEvent<
  'PersonRoleChanged',
  Backdating &
    Readonly<{
      personId: string;
      fromRole: Role;
      toRole: Role;
      fromManagerId: string | null;
      toManagerId: string | null;
      effectiveOn: BusinessDate;
    }>
>;

/**
 * O2: a person's standing changes as their resignation goes through the handover process (its
 * own context): `resigning` from the day notice is given, `left` from the day after their last
 * day, once the handover is complete or the exit is recorded without one (离职处理). Recorded from
 * handover's published events; `caseId` and `sourceEventId` say which.
 */
export type PersonStatusChanged = DomainEvent<
  'PersonStatusChanged',
  Readonly<{
    personId: string;
    fromStatus: PersonStatus;
    toStatus: PersonStatus;
    reason: PersonStatusReason;
    caseId: string;
    sourceEventId: string;
    effectiveOn: BusinessDate;
  }>
>;

/** Why a standing changed: the step of the resignation handover (O2) that changed it. */
export type PersonStatusReason = 'resignation-noticed' | 'handover-completed' | 'left-without-handover';

export type OrgEvent =
  | DivisionCreated
  | DivisionRenamed
  | PersonHired
  | PersonMoved
  | PersonRoleChanged
  | PersonStatusChanged;

export type OrgEventType = OrgEvent['type'];
