import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { TeamView } from '../meetings/team-scope';
import type { SummaryFigures } from './summary-figures';
import type { SummaryPeriod } from './summary-period';

/** One person's summary of one period is one stream: `written-summary-2027-03-p-li`. */
export const summaryStreamId = (period: string, personId: string) => `written-summary-${period}-${personId}`;
export const SUMMARY_STREAM_PREFIX = 'written-summary-';

/** The salesperson hands in their summary; again, replacing it, until it is acknowledged. */
export type SubmitSummary = Command<
  'SubmitSummary',
  Readonly<{
    actor: Actor;
    personId: string;
    period: SummaryPeriod;
    progress: string;
    suggestions: string;
    figures: SummaryFigures;
    team: TeamView;
    today: BusinessDate;
  }>
>;

export type AcknowledgeSummary = Command<
  'AcknowledgeSummary',
  Readonly<{ actor: Actor; comment: string; team: TeamView; today: BusinessDate }>
>;

export type ArchiveSummary = Command<
  'ArchiveSummary',
  Readonly<{ actor: Actor; team: TeamView; today: BusinessDate }>
>;

/** The daily round: a summary not handed in by its due date is announced overdue, once. */
export type MarkSummaryOverdue = Command<
  'MarkSummaryOverdue',
  Readonly<{ personId: string; period: SummaryPeriod; today: BusinessDate }>
>;

export type SummaryCommand = SubmitSummary | AcknowledgeSummary | ArchiveSummary | MarkSummaryOverdue;
