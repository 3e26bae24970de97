import {
  type Actor,
  type Aggregate,
  DomainError,
  ForbiddenError,
  NotFoundError,
  type Role,
  assertNever,
} from '@sales/shared/domain';
import {
  QUARTERLY_REVIEW_FIELDS,
  type QuarterlyReviewEvent,
  type QuarterlyReviewForm,
} from './quarterly-review-events';
import { publishQuarterlyReviewEvent } from './quarterly-review-publication';
import { type OrgSnapshot, divisionOfSalesperson } from '../org-snapshot';
import type { QuarterlyReviewCommand, SubmitQuarterlyReview } from './quarterly-review-commands';

export type QuarterlyReviewStatus = 'submitted' | 'commented' | 'archived';

/** 季度复盘 (T5): one salesperson, one quarter. */
export type QuarterlyReview =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: QuarterlyReviewStatus;
      salespersonId: string;
      divisionId: string;
      fiscalYear: number;
      quarter: number;
      form: QuarterlyReviewForm;
      comment: Readonly<{ by: string; text: string }> | null;
      archivedBy: string | null;
    }>;

export type ExistingReview = Exclude<QuarterlyReview, { status: 'none' }>;

export const quarterlyReviewDecider: Aggregate<
  QuarterlyReview,
  QuarterlyReviewCommand,
  QuarterlyReviewEvent
> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
  publish: publishQuarterlyReviewEvent,
};

function evolve(review: QuarterlyReview, event: QuarterlyReviewEvent): QuarterlyReview {
  switch (event.type) {
    case 'QuarterlyReviewSubmitted': {
      const { salespersonId, divisionId, fiscalYear, quarter, form } = event.data;
      return {
        status: 'submitted',
        salespersonId,
        divisionId,
        fiscalYear,
        quarter,
        form,
        comment: null,
        archivedBy: null,
      };
    }
    case 'QuarterlyReviewCommented':
      if (review.status === 'none') return review;
      return {
        ...review,
        status: 'commented',
        comment: { by: event.data.commentedBy, text: event.data.comment },
      };
    case 'QuarterlyReviewArchived':
      if (review.status === 'none') return review;
      return { ...review, status: 'archived', archivedBy: event.data.archivedBy };
  }
}

export function decide(command: QuarterlyReviewCommand, review: QuarterlyReview): QuarterlyReviewEvent[] {
  switch (command.type) {
    case 'SubmitQuarterlyReview':
      return submit(command.data, review);
    case 'CommentOnQuarterlyReview': {
      const { actor, org } = command.data;
      const existing = requireReview(review);
      authorizeManager(actor, existing, org, ['vp']);
      if (existing.status === 'archived')
        throw new DomainError('review-already-archived', reviewKey(existing));
      if (existing.status === 'commented')
        throw new DomainError('review-already-commented', reviewKey(existing));
      const comment = (command.data.comment ?? '').trim();
      if (!comment) throw new DomainError('field-required', { field: 'comment' });
      return [
        {
          type: 'QuarterlyReviewCommented',
          data: { ...reviewKey(existing), commentedBy: actor.userId, comment },
        },
      ];
    }
    case 'ArchiveQuarterlyReview': {
      const { actor, org } = command.data;
      const existing = requireReview(review);
      // 市场部主管 archives written summaries (DOMAIN.md roles), so sales_admin may archive too.
      authorizeManager(actor, existing, org, ['vp', 'sales_admin']);
      if (existing.status === 'archived')
        throw new DomainError('review-already-archived', reviewKey(existing));
      if (existing.status !== 'commented') throw new DomainError('review-not-commented', reviewKey(existing));
      return [
        { type: 'QuarterlyReviewArchived', data: { ...reviewKey(existing), archivedBy: actor.userId } },
      ];
    }
    default:
      return assertNever(command);
  }
}

function submit(data: SubmitQuarterlyReview['data'], review: QuarterlyReview): QuarterlyReviewEvent[] {
  const { actor, salespersonId, fiscalYear, quarter, org } = data;
  if (actor.role !== 'salesperson') throw new ForbiddenError('forbidden-role', { role: actor.role });
  if (actor.userId !== salespersonId)
    throw new ForbiddenError('not-your-review', { salespersonId, userId: actor.userId });
  if (review.status !== 'none') {
    if (
      review.salespersonId !== salespersonId ||
      review.fiscalYear !== fiscalYear ||
      review.quarter !== quarter
    ) {
      throw new DomainError('review-mismatch', {
        ...reviewKey(review),
        requested: { salespersonId, fiscalYear, quarter },
      });
    }
    if (review.status === 'archived') throw new DomainError('review-already-archived', reviewKey(review));
    if (review.status === 'commented') throw new DomainError('review-already-commented', reviewKey(review));
  }
  if (
    !Number.isInteger(fiscalYear) ||
    fiscalYear < 2000 ||
    fiscalYear > 2100 ||
    ![1, 2, 3, 4].includes(quarter)
  ) {
    throw new DomainError('invalid-period', { fiscalYear, quarter });
  }
  // 季度复盘 looks back on a quarter under way or past; one that has not begun has nothing to review.
  const startsOn = quarterStart(fiscalYear, quarter);
  if (data.today < startsOn) throw new DomainError('quarter-not-started', { fiscalYear, quarter, startsOn });
  const divisionId = divisionOfSalesperson(org, salespersonId);
  if (!divisionId) throw new NotFoundError('unknown-salesperson', { personId: salespersonId });
  const form = Object.fromEntries(
    QUARTERLY_REVIEW_FIELDS.map((field) => {
      const value = (data.form?.[field] ?? '').trim();
      if (!value) throw new DomainError('review-field-required', { field });
      return [field, value];
    }),
  ) as QuarterlyReviewForm;
  return [
    { type: 'QuarterlyReviewSubmitted', data: { salespersonId, fiscalYear, quarter, divisionId, form } },
  ];
}

function requireReview(review: QuarterlyReview): ExistingReview {
  if (review.status === 'none') throw new NotFoundError('review-not-found', {});
  return review;
}

function reviewKey(review: ExistingReview) {
  return { salespersonId: review.salespersonId, fiscalYear: review.fiscalYear, quarter: review.quarter };
}

/** The manager of the salesperson's division (as recorded on the review), or a role above it. */
function authorizeManager(
  actor: Actor,
  review: ExistingReview,
  org: OrgSnapshot,
  seniors: readonly Role[],
): void {
  if (seniors.includes(actor.role)) return;
  if (actor.role !== 'division_manager') throw new ForbiddenError('forbidden-role', { role: actor.role });
  const managerId = org.divisions.find((d) => d.id === review.divisionId)?.managerId;
  if (managerId !== actor.userId) {
    throw new ForbiddenError('not-your-division', { divisionId: review.divisionId, userId: actor.userId });
  }
}

/** First day of a quarter of the fiscal year (the fiscal year is the calendar year). */
function quarterStart(fiscalYear: number, quarter: number): string {
  return `${fiscalYear}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}
