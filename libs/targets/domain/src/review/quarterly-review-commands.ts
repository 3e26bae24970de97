import type { Actor, BusinessDate, Command } from '@sales/shared/domain';
import type { QuarterlyReviewForm } from './quarterly-review-events';
import type { OrgSnapshot } from '../org-snapshot';

/** A review stream is one salesperson's one quarter, e.g. `review-2026-Q2-u-7`. */
export const quarterlyReviewStreamId = (fiscalYear: number, quarter: number, salespersonId: string) =>
  `review-${fiscalYear}-Q${quarter}-${salespersonId}`;

/** The salesperson fills in the form; they may resubmit until the manager has commented. */
export type SubmitQuarterlyReview = Command<
  'SubmitQuarterlyReview',
  Readonly<{
    actor: Actor;
    salespersonId: string;
    fiscalYear: number;
    quarter: number;
    form: QuarterlyReviewForm;
    org: OrgSnapshot;
    /** Today in the company's zone: a quarter is reviewed once it has begun. */
    today: BusinessDate;
  }>
>;

export type CommentOnQuarterlyReview = Command<
  'CommentOnQuarterlyReview',
  Readonly<{ actor: Actor; comment: string; org: OrgSnapshot }>
>;

export type ArchiveQuarterlyReview = Command<
  'ArchiveQuarterlyReview',
  Readonly<{ actor: Actor; org: OrgSnapshot }>
>;

export type QuarterlyReviewCommand =
  | SubmitQuarterlyReview
  | CommentOnQuarterlyReview
  | ArchiveQuarterlyReview;
