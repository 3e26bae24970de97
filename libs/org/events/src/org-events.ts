import type { DomainEvent, Role } from '@sales/shared/domain';

export const ORG_CONTEXT = 'org';

/** A business date, `YYYY-MM-DD`, in the company's zone (default Asia/Shanghai). */
export type BusinessDate = string;

/**
 * Where a person stands. O1 only ever records `active`; O2 (辞职, resignation as a process) will
 * add events that move a person to `resigning` and then `left`, and readers already treat
 * `left` people as no longer part of the tree.
 */
export type PersonStatus = 'active' | 'resigning' | 'left';

/** 事业部 created under the sales department. */
export type DivisionCreated = DomainEvent<
  'DivisionCreated',
  Readonly<{ divisionId: string; code: string; name: string; effectiveOn: BusinessDate }>
>;

export type DivisionRenamed = DomainEvent<
  'DivisionRenamed',
  Readonly<{ divisionId: string; name: string; previousName: string; effectiveOn: BusinessDate }>
>;

/** A person joins with a role, a place in a division (or none) and a manager (or none). */
export type PersonHired = DomainEvent<
  'PersonHired',
  Readonly<{
    personId: string;
    name: string;
    role: Role;
    divisionId: string | null;
    managerId: string | null;
    effectiveOn: BusinessDate;
  }>
>;

/** A person changes division and/or manager; both sides are stated so consumers need no lookup. */
export type PersonMoved = DomainEvent<
  'PersonMoved',
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
  Readonly<{
    personId: string;
    fromRole: Role;
    toRole: Role;
    fromManagerId: string | null;
    toManagerId: string | null;
    effectiveOn: BusinessDate;
  }>
>;

export type OrgEvent = DivisionCreated | DivisionRenamed | PersonHired | PersonMoved | PersonRoleChanged;

export type OrgEventType = OrgEvent['type'];

/** Schema version of each event's `data`; the CloudEvents type is `org.<type>.v<version>`. */
export const ORG_EVENT_SCHEMA_VERSIONS: Readonly<Record<OrgEventType, number>> = {
  DivisionCreated: 1,
  DivisionRenamed: 1,
  PersonHired: 1,
  PersonMoved: 1,
  PersonRoleChanged: 1,
};
