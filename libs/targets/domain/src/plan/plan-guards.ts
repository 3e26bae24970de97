/* Small checks the plan's decisions share. */
import { DomainError } from '@sales/shared/domain';
import { type UnitId } from '@sales/targets/events';
import { type OpenPlanState } from './plan-state';
export function requireSubmitted(state: OpenPlanState, unitId: UnitId) {
  const unit = state.units[unitId];
  if (!unit) throw new DomainError('unit-has-no-targets', { unit: unitId });
  if (unit.status !== 'submitted')
    throw new DomainError('target-not-submitted', { unit: unitId, status: unit.status });
  return unit;
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
