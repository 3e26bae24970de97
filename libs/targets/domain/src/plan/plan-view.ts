import type { Actor } from '@sales/shared/domain';
import type { UnitId } from '@sales/targets/events';
import { canRead } from '../data-scope';
import type { OrgSnapshot } from '../org-snapshot';
import { type AllocationLine, allocationReport } from './allocation-report';
import type { PlanNode, PlanState, PlanUnit } from './plan-state';

export type PlanView = Readonly<{
  fiscalYear: number;
  currency: string;
  units: readonly PlanUnit[];
  nodes: readonly PlanNode[];
  allocation: readonly AllocationLine[];
  /** True once every split is approved and none is under-allocated (T2, T4). */
  approved: boolean;
}>;

/** The plan as `actor` may see it: only the nodes and splits inside their data scope. */
export function planViewFor(state: PlanState, actor: Actor, org: OrgSnapshot): PlanView | null {
  if (state.status !== 'open') return null;
  const allocation = allocationReport(state);
  const units = Object.values(state.units);
  const approved =
    units.length > 0 &&
    units.every((u) => u.status === 'approved') &&
    allocation.every((l) => l.status !== 'under');
  const readableUnit = (unit: UnitId) => canRead(actor, unit, org);
  return {
    fiscalYear: state.fiscalYear,
    currency: state.currency,
    units: units.filter((u) => readableUnit(u.unit)),
    nodes: Object.values(state.nodes).filter((n) => canRead(actor, n.node, org)),
    allocation: allocation.filter((l) => canRead(actor, l.node, org)),
    approved,
  };
}
