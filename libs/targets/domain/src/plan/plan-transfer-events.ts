import type { DomainEvent } from '@sales/shared/domain';
import type { NodeId, NodeTargetsEntry, UnitId } from '@sales/targets/events';
import type { RegressiveQuarter } from './plan-events';

/*
 * Internal events of a transfer of a moved salesperson's targets (issue 8 item 3): the figures
 * leave the approved split of the division he left for the split of the one he joined, and the
 * two divisions' figures in the company split move with them, so every split stays as exact as
 * it was. Each split the transfer changes gets a new version; none is in force before all of
 * them are approved. Published as TargetsSubmitted / TargetsApproved / TargetsRejected v1, one
 * per split (plan-publication.ts).
 */

/** One split the transfer changes, at the version the transfer makes of it. */
export type TransferRevision = Readonly<{ unit: UnitId; version: number }>;

/** A transfer was opened: each of its splits awaits the level above its owner. */
export type TargetsTransferOpened = DomainEvent<
  'TargetsTransferOpened',
  Readonly<{
    fiscalYear: number;
    personId: string;
    node: NodeId;
    /** The division split holding the approved figures, and the one the org tree puts him in. */
    from: UnitId;
    to: UnitId;
    reason: string;
    openedBy: string;
    /** The splits it changes: `from` (without him), `to` (with him) and `company` (both divisions). */
    revisions: readonly TransferRevision[];
    /** The person's node as `to` holds it (figures unchanged) and both divisions' new figures, whole. */
    changes: readonly NodeTargetsEntry[];
    /**
     * Quarters of the divisions that the move leaves below the quarter before (what the people who
     * stay carry, often a rounding fen): recorded and shown to the approvers, not asked for — the
     * transfer chooses no figures.
     */
    regressions: readonly RegressiveQuarter[];
  }>
>;

/** The approver of some of the transfer's splits approved them (the transfer waits for the rest). */
export type TargetsTransferApproved = DomainEvent<
  'TargetsTransferApproved',
  Readonly<{
    fiscalYear: number;
    personId: string;
    units: readonly UnitId[];
    approvedBy: string;
    /** The approver opened the transfer himself, having nobody above him in the tree. */
    selfApproval: boolean;
  }>
>;

/** Every split of the transfer is approved: their new versions are the figures in force. */
export type TargetsTransferred = DomainEvent<
  'TargetsTransferred',
  Readonly<{
    fiscalYear: number;
    currency: string;
    personId: string;
    node: NodeId;
    from: UnitId;
    to: UnitId;
    /** Each split's whole approved version and who approved it, as TargetsApproved carries one. */
    approved: ReadonlyArray<
      TransferRevision & Readonly<{ approvedBy: string; nodes: readonly NodeTargetsEntry[] }>
    >;
  }>
>;

/** A transfer was sent back: every split it changed returns to its approved figures. */
export type TargetsTransferRejected = DomainEvent<
  'TargetsTransferRejected',
  Readonly<{
    fiscalYear: number;
    personId: string;
    node: NodeId;
    from: UnitId;
    to: UnitId;
    revisions: readonly TransferRevision[];
    rejectedBy: string;
    reason: string;
  }>
>;

export type TransferEvent =
  | TargetsTransferOpened
  | TargetsTransferApproved
  | TargetsTransferred
  | TargetsTransferRejected;
