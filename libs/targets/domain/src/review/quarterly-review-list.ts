import type { Actor } from '@sales/shared/domain';
import { canRead } from '../data-scope';
import { type OrgSnapshot, salespersonNode } from '../org-snapshot';
import type { ExistingReview, QuarterlyReviewStatus } from './quarterly-review';

export type QuarterlyReviewFilter = Readonly<{
  fiscalYear?: number;
  quarter?: number;
  status?: QuarterlyReviewStatus;
  salespersonId?: string;
  divisionId?: string;
}>;

/**
 * The reviews `actor` may read, filtered and ordered by period then salesperson. Scope as for
 * targets; the sales-admin supervisor (市场部主管) archives reviews, so reads them all.
 */
export function listQuarterlyReviews<Review extends ExistingReview>(
  reviews: readonly Review[],
  actor: Actor,
  org: OrgSnapshot,
  filter: QuarterlyReviewFilter = {},
): Review[] {
  const readable = (r: ExistingReview) => {
    if (actor.role === 'sales_admin') return true;
    if (actor.role === 'division_manager')
      return org.divisions.some((d) => d.id === r.divisionId && d.managerId === actor.userId);
    return canRead(actor, salespersonNode(r.salespersonId), org);
  };
  return reviews
    .filter(readable)
    .filter(
      (r) =>
        (filter.fiscalYear === undefined || r.fiscalYear === filter.fiscalYear) &&
        (filter.quarter === undefined || r.quarter === filter.quarter) &&
        (filter.status === undefined || r.status === filter.status) &&
        (filter.salespersonId === undefined || r.salespersonId === filter.salespersonId) &&
        (filter.divisionId === undefined || r.divisionId === filter.divisionId),
    )
    .sort(
      (a, b) =>
        a.fiscalYear - b.fiscalYear ||
        a.quarter - b.quarter ||
        a.salespersonId.localeCompare(b.salespersonId),
    );
}
