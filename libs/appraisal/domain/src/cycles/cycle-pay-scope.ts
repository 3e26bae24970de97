import type { Actor, Role } from '@sales/shared/domain';
import { standsAbove } from './cycle-org';
import type { CycleSubject } from './cycle-subjects';

/**
 * Who reads appraisal results, and who of them reads pay (payouts, penalties):
 * - pay: the person appraised, everyone above them today (their manager chain: the division
 *   manager, the VP, the general manager) and finance, who pays it;
 * - score, grade and ladder step without pay: the 市场部主管 (who runs the cycles);
 * - a division manager reads the people below them (and their own result), nobody else's — data
 *   scope follows the org tree (ARCHITECTURE §6);
 * - a salesperson reads their own result only; other roles (installers, engineers, IT admins, …)
 *   read none (403).
 */
export type ResultsScope = 'all' | 'chain' | 'own';

const READ_ALL: readonly Role[] = ['vp', 'general_manager', 'finance', 'sales_admin'];
const READ_ALL_PAY: readonly Role[] = ['vp', 'general_manager', 'finance'];

export function resultsScopeOf(viewer: Actor): ResultsScope | undefined {
  if (READ_ALL.includes(viewer.role)) return 'all';
  if (viewer.role === 'division_manager') return 'chain';
  if (viewer.role === 'salesperson') return 'own';
  return undefined;
}

export function mayReadPay(
  org: Parameters<typeof standsAbove>[0],
  viewer: Actor,
  subject: Pick<CycleSubject, 'personId'>,
): boolean {
  if (viewer.userId === subject.personId) return true;
  if (READ_ALL_PAY.includes(viewer.role)) return true;
  return standsAbove(org, viewer.userId, subject.personId);
}

/** Whether the viewer sees this subject's result at all (pay or not). */
export function maySeeSubject(
  org: Parameters<typeof standsAbove>[0],
  viewer: Actor,
  subject: Pick<CycleSubject, 'personId'>,
): boolean {
  const scope = resultsScopeOf(viewer);
  if (scope === 'all' || viewer.userId === subject.personId) return scope !== undefined;
  return scope === 'chain' && standsAbove(org, viewer.userId, subject.personId);
}
