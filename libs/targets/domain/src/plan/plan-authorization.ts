import { type Actor, DomainError, ForbiddenError, NotFoundError, type Role } from '@sales/shared/domain';
import type { UnitId } from '@sales/targets/events';
import { type OrgSnapshot, parseNode } from '../org-snapshot';

export function parseUnit(unit: string, org: OrgSnapshot): UnitId {
  const parsed = parseNode(unit);
  if (parsed.level === 'salesperson') throw new DomainError('invalid-unit', { unit });
  if (parsed.level === 'company') return 'company';
  if (!org.divisions.some((d) => d.id === parsed.divisionId)) {
    throw new NotFoundError('unknown-division', { unit, divisionId: parsed.divisionId });
  }
  return `division:${parsed.divisionId}`;
}

/**
 * Who may act on a split. The company split is the VP's (an admin may key it in, never approve
 * it); a division's split to its people is its manager's, and the VP's above them. Salespeople
 * and every other role neither edit nor approve.
 */
export function authorize(actor: Actor, unit: UnitId, org: OrgSnapshot, action: 'edit' | 'approve'): void {
  const seniors: readonly Role[] = action === 'edit' ? ['vp', 'admin'] : ['vp'];
  if (seniors.includes(actor.role)) return;
  if (actor.role !== 'division_manager' || unit === 'company') {
    throw new ForbiddenError('forbidden-role', { role: actor.role, unit, action });
  }
  const divisionId = unit.slice('division:'.length);
  if (org.divisions.find((d) => d.id === divisionId)?.managerId !== actor.userId) {
    throw new ForbiddenError('not-your-division', { unit, divisionId, userId: actor.userId });
  }
}
