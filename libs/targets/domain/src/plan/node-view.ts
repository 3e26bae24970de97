import { LEVELS, type Metric, type NodeId, type NodeTargets, type UnitId } from '@sales/targets/events';
import type { OrgSnapshot } from '../org-snapshot';
import type { OpenPlanState, UnitStatus } from './plan-state';
import { type TransferView, transfersOf } from './plan-transfer-view';
import { type YearToDate, yearToDate } from './year-to-date';

/** Figures of a version not (yet) in force, shown beside the approved ones. */
export type PendingTargets = Readonly<{
  /** The split the pending version belongs to: another than the node's while a transfer is under way. */
  unit: UnitId;
  version: number;
  status: Exclude<UnitStatus, 'approved'>;
  /** Set when the pending version is a revision of approved figures. */
  revisionReason: string | null;
  targets: NodeTargets;
}>;

export type NodeView = Readonly<{
  node: NodeId;
  /** The split whose figures are in force (before any approval: the split drafting them). */
  unit: string;
  divisionId: string | null;
  personId: string | null;
  /** Currency of every money figure (amounts are integer 分 / minor units of it). */
  currency: string;
  /** The targets in force: the node as its split's last approved version has it; null before any approval. */
  targets: NodeTargets | null;
  approvedVersion: number | null;
  /** Cumulative year-to-date figures of the targets in force, per metric and level (T3). */
  yearToDate: Readonly<Partial<Record<Metric, Readonly<Record<'realistic' | 'stretch', YearToDate>>>>> | null;
  /** A draft, submitted version or revision that differs from what is in force, with its status. */
  pending: PendingTargets | null;
  /** 待转移: the org tree has moved the salesperson out of the split holding his targets (issue 8 item 3). */
  transfer: TransferView | null;
  /** Changes of the node so far: send it back as If-Match with an edit (the ETag). */
  revision: number;
  /** Who made the last change, if known. */
  changedBy: string | null;
}>;

/**
 * One node as people read it (issue 8 item 2): the approved figures are the targets in force,
 * and a draft or a revision awaiting approval is shown beside them with its status — never in
 * their place. Undefined when the node has no targets at all. Given the org tree (as of today),
 * it also says when the salesperson's targets await a transfer to his new division.
 */
export function nodeView(state: OpenPlanState, node: NodeId, org?: OrgSnapshot): NodeView | undefined {
  const working = state.nodes[node];
  const inForce = state.approved[node];
  const entry = inForce ?? working;
  if (!entry) return undefined;
  const approvedVersion = state.units[entry.unit]?.approvedVersion ?? null;
  // Usually the same split; while a transfer is under way the pending version is the new division's.
  const unit = working && state.units[working.unit];
  return {
    node: entry.node,
    unit: entry.unit,
    divisionId: entry.divisionId,
    personId: entry.personId,
    currency: state.currency,
    targets: inForce?.targets ?? null,
    approvedVersion,
    yearToDate: inForce ? yearToDateOf(inForce.targets) : null,
    pending:
      working && unit && unit.status !== 'approved'
        ? {
            unit: working.unit,
            version: unit.version,
            status: unit.status,
            revisionReason: unit.revisionReason,
            targets: working.targets,
          }
        : null,
    transfer: transfersOf(state, org).find((t) => t.node === node) ?? null,
    revision: (working ?? entry).revision,
    changedBy: (working ?? entry).changedBy,
  };
}

function yearToDateOf(targets: NodeTargets): NodeView['yearToDate'] {
  return Object.fromEntries(
    Object.entries(targets).map(([metric, target]) => [
      metric,
      Object.fromEntries(LEVELS.map((level) => [level, yearToDate(target[level])])),
    ]),
  );
}
