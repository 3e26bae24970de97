import type { Actor, Command } from '@sales/shared/domain';
import type { OrgSnapshot } from '../org-snapshot';
import type { NodeTargetsInput } from './target-resolution';

/** Opens the fiscal-year plan (one stream per year). */
export type OpenPlan = Command<'OpenPlan', Readonly<{ actor: Actor; fiscalYear: number; currency: string }>>;

/** Corrects the currency of a plan still in draft (nothing submitted or approved yet). */
export type CorrectPlan = Command<'CorrectPlan', Readonly<{ actor: Actor; currency: string }>>;

/** Abandons a plan still in draft, with a reason: recorded, never deleted; the year may be opened again. */
export type AbandonPlan = Command<'AbandonPlan', Readonly<{ actor: Actor; reason: string }>>;

/** Drafts the targets of one node; the metrics given replace the node's earlier ones. */
export type SetTargets = Command<
  'SetTargets',
  Readonly<{
    actor: Actor;
    node: string;
    targets: NodeTargetsInput;
    /** The planner has seen the quarters below their predecessor and keeps them. */
    acknowledgeRegressiveQuarters?: boolean;
    /** The node's revision the edit is based on (HTTP If-Match); a changed node refuses it. */
    expectedRevision?: number;
    org: OrgSnapshot;
  }>
>;

export type SubmitTargets = Command<
  'SubmitTargets',
  Readonly<{ actor: Actor; unit: string; org: OrgSnapshot }>
>;

export type ApproveTargets = Command<
  'ApproveTargets',
  Readonly<{ actor: Actor; unit: string; org: OrgSnapshot }>
>;

export type RejectTargets = Command<
  'RejectTargets',
  Readonly<{ actor: Actor; unit: string; reason: string; org: OrgSnapshot }>
>;

/** The only way to change an approved split: a reason, the changed nodes, and approval again. */
export type ReviseTargets = Command<
  'ReviseTargets',
  Readonly<{
    actor: Actor;
    unit: string;
    reason: string;
    changes: ReadonlyArray<Readonly<{ node: string; targets: NodeTargetsInput }>>;
    acknowledgeRegressiveQuarters?: boolean;
    org: OrgSnapshot;
  }>
>;

/**
 * 落实到人 exception: a salesperson of the division who gets no targets in this split (e.g. joined
 * mid-year, on long leave), with the reason; until excluded, every salesperson needs targets.
 */
export type ExcludeSalesperson = Command<
  'ExcludeSalesperson',
  Readonly<{ actor: Actor; unit: string; personId: string; reason: string; org: OrgSnapshot }>
>;

/**
 * A salesperson the org tree (as of today) puts in another division than the approved split
 * holding his targets: his figures move to the new division's split, and both divisions'
 * figures in the company split with them, once the level above each split approves (issue 8
 * item 3). Opened by either division's manager or the VP, with a reason.
 */
export type TransferSalespersonTargets = Command<
  'TransferSalespersonTargets',
  Readonly<{
    actor: Actor;
    personId: string;
    reason: string;
    org: OrgSnapshot;
  }>
>;

/** The approver of one or more of the transfer's splits approves them. */
export type ApproveTargetsTransfer = Command<
  'ApproveTargetsTransfer',
  Readonly<{ actor: Actor; personId: string; org: OrgSnapshot }>
>;

/** The approver of any of the transfer's splits sends the whole transfer back, with a reason. */
export type RejectTargetsTransfer = Command<
  'RejectTargetsTransfer',
  Readonly<{ actor: Actor; personId: string; reason: string; org: OrgSnapshot }>
>;

export type PlanCommand =
  | OpenPlan
  | CorrectPlan
  | AbandonPlan
  | ExcludeSalesperson
  | SetTargets
  | SubmitTargets
  | ApproveTargets
  | RejectTargets
  | ReviseTargets
  | TransferSalespersonTargets
  | ApproveTargetsTransfer
  | RejectTargetsTransfer;
