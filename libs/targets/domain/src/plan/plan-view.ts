import type { Actor } from '@sales/shared/domain';
import type { UnitId } from '@sales/targets/events';
import { canRead } from '../data-scope';
import type { OrgSnapshot } from '../org-snapshot';
import { type AllocationLine, allocationReport } from './allocation-report';
import type { PlanNode, PlanState, PlanUnit } from './plan-state';
import { type TransferView, transfersOf, transfersOfUnit } from './plan-transfer-view';
import { unitVisibility } from './plan-visibility';

export type { TransferStatus, TransferView } from './plan-transfer-view';

/** A split with the moved salespeople whose targets it holds or should receive (待转移). */
export type PlanUnitView = PlanUnit & Readonly<{ awaitingTransfer: readonly TransferView[] }>;

export type PlanView = Readonly<{
  fiscalYear: number;
  currency: string;
  units: readonly PlanUnitView[];
  nodes: readonly PlanNode[];
  allocation: readonly AllocationLine[];
  /** Salespeople whose approved targets sit in another division's split than the tree's (issue 8 item 3). */
  transfers: readonly TransferView[];
  /**
   * True once every split is approved, none is under-allocated (T2, T4) and no approved split
   * holds a salesperson the org tree has moved elsewhere (a transfer awaited or under way).
   */
  approved: boolean;
}>;

/** The plan as `actor` may see it: only the nodes and splits inside their data scope. */
export function planViewFor(state: PlanState, actor: Actor, org: OrgSnapshot): PlanView | null {
  if (state.status !== 'open') return null;
  const allocation = allocationReport(state);
  const units = Object.values(state.units);
  const transfers = transfersOf(state, org);
  const approved =
    units.length > 0 &&
    units.every((u) => u.status === 'approved') &&
    allocation.every((l) => l.status !== 'under') &&
    transfers.length === 0;
  const readableUnit = (unit: UnitId) => canRead(actor, unit, org);
  const nodes = Object.values(state.nodes).filter((n) => canRead(actor, n.node, org));
  // The split holding a node one reads is shown too, by its status (her targets approved or not;
  // the split above a manager's division), without who else it excludes or awaits.
  const nodeUnits = new Set(nodes.map((n) => n.unit));
  return {
    fiscalYear: state.fiscalYear,
    currency: state.currency,
    units: units.flatMap((u) => {
      const visibility = unitVisibility(actor, u.unit, nodeUnits, org);
      if (visibility === 'none') return [];
      if (visibility === 'status') return [{ ...u, excluded: undefined, awaitingTransfer: [] }];
      return [{ ...u, awaitingTransfer: transfersOfUnit(transfers, u.unit) }];
    }),
    nodes,
    allocation: allocation.filter((l) => canRead(actor, l.node, org)),
    transfers: transfers.filter(
      (t) => canRead(actor, t.node, org) || readableUnit(t.from) || (t.to !== null && readableUnit(t.to)),
    ),
    approved,
  };
}
