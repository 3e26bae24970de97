import type { PublishedEvent } from '@sales/shared/domain';
import type { OrgRoleV1, OrgRoleV2 } from './org-roles';

export const ORG_CONTEXT = 'org';

/**
 * The one stream org publishes: the department's tree. It is the Kafka key of every org event,
 * and the stream id subscribers keep their copy under.
 */
export const ORG_TREE_STREAM = 'org-tree';

/** A business date, `YYYY-MM-DD`, in the company's zone (default Asia/Shanghai). */
export type BusinessDate = string;

/**
 * Where a person stands: `active` from the hire; O2 (辞职, resignation as a process) moves a
 * person to `resigning` and then `left` (PersonStatusChanged), and readers treat `left` people as
 * no longer part of the tree.
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
    role: OrgRoleV1;
    divisionId: string | null;
    managerId: string | null;
    effectiveOn: BusinessDate;
  }>
>;

/**
 * v2: the roles of `ORG_ROLES_V2` (总经理, 技术, 安全/质量), and the login subject — the identity
 * provider's `sub` a token of this person carries. Read as v1 plus `loginSubject = personId`.
 */
export type PersonHiredV2 = PublishedEvent<
  'PersonHired',
  Readonly<{
    personId: string;
    name: string;
    role: OrgRoleV2;
    divisionId: string | null;
    managerId: string | null;
    loginSubject: string;
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
    fromRole: OrgRoleV1;
    toRole: OrgRoleV1;
    fromManagerId: string | null;
    toManagerId: string | null;
    effectiveOn: BusinessDate;
  }>
>;

/** v2: the roles of `ORG_ROLES_V2`; otherwise as v1. */
export type PersonRoleChangedV2 = PublishedEvent<
  'PersonRoleChanged',
  Readonly<{
    personId: string;
    fromRole: OrgRoleV2;
    toRole: OrgRoleV2;
    fromManagerId: string | null;
    toManagerId: string | null;
    effectiveOn: BusinessDate;
  }>
>;

/**
 * O2: a person's standing in a resignation — `resigning` from the day notice was given, `left`
 * from the day after the last day, once the handover (its own context, `sales.handover.events`)
 * completed or the exit was recorded without one (离职处理, reason `left-without-handover`).
 * From its date a `left` person is no longer in the tree (`orgTreeAsOf`).
 */
export type PersonStatusChangedV1 = PublishedEvent<
  'PersonStatusChanged',
  Readonly<{
    personId: string;
    fromStatus: PersonStatus;
    toStatus: PersonStatus;
    reason: 'resignation-noticed' | 'handover-completed' | 'left-without-handover';
    /** The handover case (`handover.ResignationNoticed` …) this step belongs to. */
    caseId: string;
    effectiveOn: BusinessDate;
  }>
>;

/** Every event org publishes, at the versions it publishes now. */
export type OrgPublishedEvent =
  | DivisionCreatedV1
  | DivisionRenamedV1
  | PersonHiredV2
  | PersonMovedV1
  | PersonRoleChangedV2
  | PersonStatusChangedV1;

/** Versions org published before and subscribers may still hold: read as the current ones. */
export type OrgSupersededEvent = PersonHiredV1 | PersonRoleChangedV1;
