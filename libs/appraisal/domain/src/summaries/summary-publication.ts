import type { PublishedEvent } from '@sales/shared/domain';
import { summaryPublishedEvent } from '@sales/appraisal/events';
import type { SummaryEvent } from './summary-events';

/**
 * What other contexts see of a summary: handed in (when, against which due date), acknowledged,
 * archived, or overdue. The report, the suggestions, the comment and the figures stay internal.
 */
export function publishSummaryEvent(event: SummaryEvent): readonly PublishedEvent[] {
  switch (event.type) {
    case 'SummarySubmitted': {
      const { personId, divisionId, period, dueOn, submittedOn } = event.data;
      return [
        summaryPublishedEvent('SummarySubmitted', {
          personId,
          divisionId,
          period,
          dueOn,
          submittedOn,
          late: submittedOn > dueOn,
        }),
      ];
    }
    case 'SummaryAcknowledged': {
      const { personId, period, by, on } = event.data;
      return [
        summaryPublishedEvent('SummaryAcknowledged', {
          personId,
          period,
          acknowledgedBy: by,
          acknowledgedOn: on,
        }),
      ];
    }
    case 'SummaryArchived': {
      const { personId, period, by, on } = event.data;
      return [summaryPublishedEvent('SummaryArchived', { personId, period, archivedBy: by, archivedOn: on })];
    }
    case 'SummaryOverdueMarked': {
      const { personId, period, dueOn } = event.data;
      return [summaryPublishedEvent('SummaryOverdue', { personId, period, dueOn })];
    }
  }
}
