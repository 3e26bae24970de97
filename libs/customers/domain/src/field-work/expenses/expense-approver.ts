import type { Actor } from '@sales/shared/domain';
import { isTopOfTree, personIn, superiorsOf } from '../org-superiors';
import type { OrgView } from '../../org-view';

/**
 * Who decides a person's expense (C5): someone above them in today's tree (their manager, the
 * division's manager, the VP), never the person themself — except the top of the tree, with
 * nobody above, whose own approval is recorded as such (ARCHITECTURE §6). A person who has left
 * the tree is decided by the VP or the general manager. undefined: the actor may not decide.
 */
export function expenseApproval(
  org: OrgView,
  personId: string,
  actor: Actor,
): Readonly<{ selfApproved: boolean }> | undefined {
  if (!personIn(org, personId)) {
    const top = org.people.some((p) => p.id === actor.userId && ['vp', 'general_manager'].includes(p.role));
    return top ? { selfApproved: false } : undefined;
  }
  if (superiorsOf(org, personId).includes(actor.userId)) return { selfApproved: false };
  if (actor.userId === personId && isTopOfTree(org, personId)) return { selfApproved: true };
  return undefined;
}
