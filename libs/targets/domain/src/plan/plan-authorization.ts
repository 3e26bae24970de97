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
 * Who may edit and submit a split. The company split is the VP's (an admin may key it in); a
 * division's split to its people is its manager's, and the VP's above them. Salespeople and every
 * other role do not edit. Deciding a submitted split is `decisionFor`'s question.
 */
export function authorize(actor: Actor, unit: UnitId, org: OrgSnapshot): void {
  const seniors: readonly Role[] = ['vp', 'admin'];
  if (seniors.includes(actor.role)) return;
  if (actor.role !== 'division_manager' || unit === 'company') {
    throw new ForbiddenError('forbidden-role', { role: actor.role, unit, action: 'edit' });
  }
  const divisionId = unit.slice('division:'.length);
  if (org.divisions.find((d) => d.id === divisionId)?.managerId !== actor.userId) {
    throw new ForbiddenError('not-your-division', { unit, divisionId, userId: actor.userId });
  }
}

/** Who decides a submitted split, and whether that is the submitter at the top of the tree. */
export type Decision = Readonly<{ approverId: string; selfApproval: boolean }>;

/**
 * Separation of duties (DOMAIN T4): a submitted split is approved or sent back by the person the
 * org tree (as of today) puts above its owner — above the division's manager for a division's
 * split (usually the VP), above the VP for the company split (a 总经理, if the tree has one).
 * Nobody decides their own submission: if the submitter is that person, the decision goes one
 * level further up; only someone with nobody above them decides their own, recorded as a
 * self-approval. Roles in the token do not matter here, only places in the tree.
 */
export function decisionFor(
  actor: Actor,
  unit: UnitId,
  org: OrgSnapshot,
  submittedBy: string | null,
): Decision {
  const person = (id: string | null) => (id === null ? undefined : org.people.find((p) => p.id === id));
  const vp = org.people.find((p) => p.role === 'vp');
  const owner =
    unit === 'company'
      ? vp
      : person(org.divisions.find((d) => `division:${d.id}` === unit)?.managerId ?? null);
  // A division without a manager is decided by the VP, as if he ran it.
  const above = person(owner?.managerId ?? null);
  let approver = unit === 'company' ? (above ?? owner) : (above ?? vp);
  if (!approver) throw new ForbiddenError('no-approver', { unit });
  let selfApproval = false;
  if (approver.id === submittedBy) {
    const higher = person(approver.managerId);
    if (higher) approver = higher;
    else selfApproval = true;
  }
  if (actor.userId !== approver.id) {
    const details = { unit, approverId: approver.id, userId: actor.userId };
    if (actor.userId === submittedBy) throw new ForbiddenError('own-submission', details);
    throw new ForbiddenError('not-the-approver', details);
  }
  return { approverId: approver.id, selfApproval };
}
