import type { Actor, Role } from '@sales/shared/domain';
import { standsAbove } from './cycle-org';
import type { CycleSubject } from './cycle-subjects';

/**
 * Who reads appraisal results, and who of them reads pay (payouts, penalties):
 * - pay: the person appraised, everyone above them today (their manager chain: the division
 *   manager, the VP, the general manager) and finance, who pays it;
 * - score, grade and ladder step without pay: the 市场部主管 (who runs the cycles) and division
 *   managers for subjects outside their chain;
 * - a salesperson reads their own result only; other roles (installers, engineers, IT admins, …)
 *   read none (403).
 */
export type ResultsScope = 'all' | 'own';

const READ_ALL: readonly Role[] = ['vp', 'general_manager', 'finance', 'sales_admin', 'division_manager'];
const READ_ALL_PAY: readonly Role[] = ['vp', 'general_manager', 'finance'];

export function resultsScopeOf(viewer: Actor): ResultsScope | undefined {
  if (READ_ALL.includes(viewer.role)) return 'all';
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
export function maySeeSubject(viewer: Actor, subject: Pick<CycleSubject, 'personId'>): boolean {
  const scope = resultsScopeOf(viewer);
  return scope === 'all' || (scope === 'own' && viewer.userId === subject.personId);
}
