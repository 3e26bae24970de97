import type { PublishedEvent } from '@sales/shared/domain';
import { targetsPublishedEvent } from '@sales/targets/events';
import type { QuarterlyReviewEvent } from './quarterly-review-events';

/**
 * What other contexts see of a quarterly review: that it was handed in (who, which quarter, which
 * division) and archived. The answers and the manager's comment are free text about people and
 * stay internal; the review is read through the API, with scope.
 */
export function publishQuarterlyReviewEvent(event: QuarterlyReviewEvent): readonly PublishedEvent[] {
  switch (event.type) {
    case 'QuarterlyReviewSubmitted': {
      const { salespersonId, fiscalYear, quarter, divisionId } = event.data;
      return [
        targetsPublishedEvent('QuarterlyReviewSubmitted', { salespersonId, fiscalYear, quarter, divisionId }),
      ];
    }
    case 'QuarterlyReviewArchived': {
      const { salespersonId, fiscalYear, quarter, archivedBy } = event.data;
      return [
        targetsPublishedEvent('QuarterlyReviewArchived', { salespersonId, fiscalYear, quarter, archivedBy }),
      ];
    }
    case 'QuarterlyReviewCommented':
      return [];
  }
}
