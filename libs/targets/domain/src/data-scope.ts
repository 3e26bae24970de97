import type { Actor, Role } from '@sales/shared/domain';
import type { NodeId } from '@sales/targets/events';
import { type OrgSnapshot, divisionOfSalesperson, divisionsManagedBy, parseNode } from './org-snapshot';

const READS_EVERYTHING: readonly Role[] = ['general_manager', 'vp', 'admin'];

/**
 * Data scope follows the org tree (ARCHITECTURE.md §6): a salesperson reads only their own
 * targets, a division manager their division and its people, the VP, the 总经理 above him (who
 * approves the company split) and admins everything. Other roles have no business reading targets.
 */
export function canRead(actor: Actor, node: NodeId, org: OrgSnapshot): boolean {
  if (READS_EVERYTHING.includes(actor.role)) return true;
  const parsed = parseNode(node);
  if (actor.role === 'salesperson') return parsed.level === 'salesperson' && parsed.personId === actor.userId;
  if (actor.role !== 'division_manager') return false;
  const managed = divisionsManagedBy(org, actor.userId);
  switch (parsed.level) {
    case 'company':
      return false;
    case 'division':
      return managed.includes(parsed.divisionId);
    case 'salesperson': {
      const divisionId = divisionOfSalesperson(org, parsed.personId);
      return divisionId !== undefined && managed.includes(divisionId);
    }
  }
}
