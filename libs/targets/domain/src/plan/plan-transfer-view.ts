/* Where a salesperson's approved targets and the org tree disagree, as the plan shows it (issue 8 item 3). */
import type { NodeId, UnitId } from '@sales/targets/events';
import { type OrgSnapshot, divisionNode, divisionOfSalesperson } from '../org-snapshot';
import type { RegressiveQuarter } from './plan-events';
import type { OpenPlanState } from './plan-state';

/**
 * 待转移: `awaiting` — the org tree (as of today) puts the salesperson in another division than
 * the split holding his targets, which is approved (or awaiting approval): no edit may take them
 * over, a transfer must move them; `pending` — a transfer was opened and awaits its approvers,
 * the approved figures staying in force meanwhile.
 */
export type TransferStatus = 'awaiting' | 'pending';

export type TransferView = Readonly<{
  personId: string;
  node: NodeId;
  /** The split holding his approved figures. */
  from: UnitId;
  /** His division's split in the org tree today; null when the tree puts him in no division. */
  to: UnitId | null;
  status: TransferStatus;
  /** Of an opened transfer: its reason, who opened it, and each split it changes with its approver so far. */
  reason: string | null;
  openedBy: string | null;
  approvals: ReadonlyArray<Readonly<{ unit: UnitId; version: number; approvedBy: string | null }>>;
  /** Division quarters the transfer leaves below the quarter before (渐进式目标), for the approvers. */
  regressions: readonly RegressiveQuarter[];
  /** The plan's currency: the regressions' money amounts are integer 分 of it. */
  currency: string;
}>;

/**
 * Every salesperson whose targets await a transfer or are being transferred. Without the org
 * tree only the transfers opened are known.
 */
export function transfersOf(state: OpenPlanState, org?: OrgSnapshot): TransferView[] {
  const opened: TransferView[] = Object.values(state.transfers).map((t) => ({
    personId: t.personId,
    node: t.node,
    from: t.from,
    to: t.to,
    status: 'pending',
    reason: t.reason,
    openedBy: t.openedBy,
    approvals: t.revisions.map(({ unit, version }) => ({
      unit,
      version,
      approvedBy: t.approvals[unit] ?? null,
    })),
    regressions: t.regressions,
    currency: state.currency,
  }));
  if (!org) return opened;
  const awaiting = Object.values(state.nodes).flatMap((n): TransferView[] => {
    if (n.personId === null || state.transfers[n.personId]) return [];
    const divisionId = divisionOfSalesperson(org, n.personId);
    const to = divisionId === undefined ? null : divisionNode(divisionId);
    if (to === n.unit) return [];
    // Held by a draft never approved, his targets are simply set in his new division's split.
    const held = state.units[n.unit];
    if (!held || (held.status === 'draft' && held.approvedVersion === null)) return [];
    return [
      {
        personId: n.personId,
        node: n.node,
        from: n.unit,
        to: to as UnitId | null,
        status: 'awaiting',
        reason: null,
        openedBy: null,
        approvals: [],
        regressions: [],
        currency: state.currency,
      },
    ];
  });
  return [...opened, ...awaiting];
}

/** The transfers a split takes part in: as the old or new division's, or the company's under way. */
export const transfersOfUnit = (transfers: readonly TransferView[], unit: UnitId) =>
  transfers.filter((t) => t.from === unit || t.to === unit || t.approvals.some((a) => a.unit === unit));
