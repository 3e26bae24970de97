/* Small checks the plan's decisions share. */
import { DomainError } from '@sales/shared/domain';
import { type NodeId, type UnitId } from '@sales/targets/events';
import { type OpenPlanState } from './plan-state';
export function requireSubmitted(state: OpenPlanState, unitId: UnitId) {
  const unit = state.units[unitId];
  if (!unit) throw new DomainError('unit-has-no-targets', { unit: unitId });
  if (unit.status !== 'submitted')
    throw new DomainError('target-not-submitted', { unit: unitId, status: unit.status });
  return unit;
}

/**
 * A split changed by a transfer under way is decided with the transfer (approve or reject it),
 * never on its own: that would put half a transfer in force.
 */
export function assertNotInTransfer(state: OpenPlanState, unitId: UnitId): void {
  const transfer = Object.values(state.transfers).find((t) => t.revisions.some((r) => r.unit === unitId));
  if (transfer) throw new DomainError('unit-in-transfer', { unit: unitId, node: transfer.node });
}

/**
 * A node whose figures another split holds, approved or awaiting approval, is not taken over by
 * an edit or a revision of `unit` (issue 8 item 3: a moved salesperson's targets move by a
 * transfer). One held by a draft never approved is simply set anew.
 */
export function assertNotHeldElsewhere(state: OpenPlanState, node: NodeId, unit: UnitId): void {
  const current = state.nodes[node];
  const held = current && current.unit !== unit ? state.units[current.unit] : undefined;
  if (held && (held.status !== 'draft' || held.approvedVersion !== null)) {
    throw new DomainError('node-in-other-split', { node, heldBy: held.unit, status: held.status, unit });
  }
}

export function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed) throw new DomainError('reason-required', {});
  return trimmed;
}

/**
 * T2: no approval while a split is under-allocated. Approving a unit checks its own split and,
 * for the company, the splits of divisions already approved, since a revised division figure
 * could leave them short. An expense budget must not be handed out beyond the parent's either:
 * there "over" is the overspend.
 */
