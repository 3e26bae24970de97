import type { BusinessDate, DomainEvent } from '@sales/shared/domain';
import type { SummaryFigures } from './summary-figures';
import type { SummaryCadence } from './summary-period';

/*
 * 书面总结 (A5)'s internal events. The progress report, the suggestions (合理化建议) and the
 * manager's comment are free text; the figures are others' facts. They stay here; what is
 * published is who handed in which period's summary, when, and who acknowledged and archived it.
 */

export type SummarySubmitted = DomainEvent<
  'SummarySubmitted',
  Readonly<{
    personId: string;
    divisionId: string | null;
    period: string;
    cadence: SummaryCadence;
    from: BusinessDate;
    to: BusinessDate;
    dueOn: BusinessDate;
    submittedOn: BusinessDate;
    /** 业务进展情况. */
    progress: string;
    /** 合理化建议. */
    suggestions: string;
    /** 本期数据 as pre-filled when it was handed in. */
    figures: SummaryFigures;
  }>
>;

export type SummaryAcknowledged = DomainEvent<
  'SummaryAcknowledged',
  Readonly<{ personId: string; period: string; by: string; on: BusinessDate; comment: string }>
>;

/** 存档 (交市场部主管人员存档). */
export type SummaryArchived = DomainEvent<
  'SummaryArchived',
  Readonly<{ personId: string; period: string; by: string; on: BusinessDate }>
>;

/** Its due date passed with nothing handed in: announced once (the reminder notices shows). */
export type SummaryOverdueMarked = DomainEvent<
  'SummaryOverdueMarked',
  Readonly<{ personId: string; period: string; dueOn: BusinessDate; markedOn: BusinessDate }>
>;

export type SummaryEvent = SummarySubmitted | SummaryAcknowledged | SummaryArchived | SummaryOverdueMarked;
