import type { PublishedEvent, Role } from '@sales/shared/domain';

export const ORG_CONTEXT = 'org';

/**
 * The one stream org publishes: the department's tree. It is the Kafka key of every org event,
 * and the stream id subscribers keep their copy under.
 */
export const ORG_TREE_STREAM = 'org-tree';

/** A business date, `YYYY-MM-DD`, in the company's zone (default Asia/Shanghai). */
export type BusinessDate = string;

/**
 * Where a person stands. O1 only ever records `active`; O2 (辞职, resignation as a process) will
 * add events that move a person to `resigning` and then `left`, and readers already treat
 * `left` people as no longer part of the tree.
 */
export type PersonStatus = 'active' | 'resigning' | 'left';

/*
 * org's PUBLISHED events (`sales.org.events`, CloudEvents type `org.<type>.v<schemaVersion>`):
 * what other contexts and outside systems compile against. They change only by a new version
 * (a committed schema per version, checked in CI). Every change of the tree is published, each
 * as one event: all of them decide who may do what for every other context (data scope, approval
 * lines), so a subscriber that misses one would scope data wrongly. Each carries its effective
 * date, so a subscriber can read the tree as of any business date (`orgTreeAsOf`).
 */

/** 事业部 created under the sales department. */
export type DivisionCreatedV1 = PublishedEvent<
  'DivisionCreated',
  Readonly<{ divisionId: string; code: string; name: string; effectiveOn: BusinessDate }>
>;

export type DivisionRenamedV1 = PublishedEvent<
  'DivisionRenamed',
  Readonly<{ divisionId: string; name: string; previousName: string; effectiveOn: BusinessDate }>
>;

/** A person joins with a role, a place in a division (or none) and a manager (or none). */
export type PersonHiredV1 = PublishedEvent<
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
export type PersonMovedV1 = PublishedEvent<
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
export type PersonRoleChangedV1 = PublishedEvent<
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

/** Every event org publishes, at the versions it publishes now. */
export type OrgPublishedEvent =
  | DivisionCreatedV1
  | DivisionRenamedV1
  | PersonHiredV1
  | PersonMovedV1
  | PersonRoleChangedV1;
