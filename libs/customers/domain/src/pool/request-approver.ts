import type { Circumstances } from '../registry/customer-commands';

/** The org tree as of today, as the customer commands carry it. */
type OrgTree = Circumstances['org'];

/**
 * Who decides a 撞单 request: the owner's manager in the tree as of today — never the requester
 * (a manager asking for their own salesperson's customer goes one level up) and never someone who
 * has left; the VP when the owner has nobody above them. Null when the tree has nobody at all.
 */
export function requestApprover(org: OrgTree, ownerId: string, requesterId: string): string | null {
  const person = (id: string | null) => (id === null ? undefined : org.people.find((p) => p.id === id));
  const seen = new Set<string>();
  let candidate = person(ownerId)?.managerId ?? null;
  while (candidate !== null && !seen.has(candidate)) {
    seen.add(candidate);
    const found = person(candidate);
    if (found && found.status !== 'left' && found.id !== requesterId) return found.id;
    candidate = found?.managerId ?? null;
  }
  const vp = org.people.find((p) => p.role === 'vp' && p.status !== 'left' && p.id !== requesterId);
  return vp?.id ?? null;
}
