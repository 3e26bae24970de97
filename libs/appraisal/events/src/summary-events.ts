import { type PublishedEvent, publishedEventFactory } from '@sales/shared/domain';
import { SUMMARY_EVENT_SPECS } from './summary-event-specs';

/** A business date, `YYYY-MM-DD`, in the company's zone. */
type BusinessDate = string;

/*
 * 书面总结 (A5)'s PUBLISHED events (key = the writer's person id): who handed in which period's
 * summary and when, who acknowledged and archived it, and which are overdue. The report, the
 * suggestions, the comment and the pre-filled figures stay internal. `period` is the summary
 * period's label: `2027-03` (a month) or `2027-W09` (an ISO week).
 */

export type SummarySubmittedV1 = PublishedEvent<
  'SummarySubmitted',
  Readonly<{
    personId: string;
    divisionId: string | null;
    period: string;
    dueOn: BusinessDate;
    submittedOn: BusinessDate;
    late: boolean;
  }>
>;

export type SummaryAcknowledgedV1 = PublishedEvent<
  'SummaryAcknowledged',
  Readonly<{ personId: string; period: string; acknowledgedBy: string; acknowledgedOn: BusinessDate }>
>;

export type SummaryArchivedV1 = PublishedEvent<
  'SummaryArchived',
  Readonly<{ personId: string; period: string; archivedBy: string; archivedOn: BusinessDate }>
>;

/** 未交总结: the due date passed with nothing handed in; once per person and period (→ notices). */
export type SummaryOverdueV1 = PublishedEvent<
  'SummaryOverdue',
  Readonly<{ personId: string; period: string; dueOn: BusinessDate }>
>;

export type SummaryCadenceSetV1 = PublishedEvent<
  'SummaryCadenceSet',
  Readonly<{ cadence: 'weekly' | 'monthly'; setBy: string; setOn: BusinessDate }>
>;

export type SummaryPublishedEvent =
  | SummarySubmittedV1
  | SummaryAcknowledgedV1
  | SummaryArchivedV1
  | SummaryOverdueV1
  | SummaryCadenceSetV1;

/** A published summary event at its current version (for the summaries' publications). */
export const summaryPublishedEvent = publishedEventFactory<SummaryPublishedEvent>(SUMMARY_EVENT_SPECS);
