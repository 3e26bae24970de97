import type { DomainEvent } from '@sales/shared/domain';

/*
 * The quarterly review's internal events. The form's and the comment's free text stay here; what
 * is published (`@sales/targets/events`) says only that a review was handed in or archived.
 */

/** 季度复盘: the salesperson's answers to the text's questions. */
export type QuarterlyReviewForm = Readonly<{
  /** 你想在年底达成什么样的成果（年终目标） */
  yearEndGoal: string;
  /** 要取得这些成果，你面临着哪些障碍 */
  obstacles: string;
  /** 你的销售区域有哪些优势 */
  territoryStrengths: string;
  /** 你的销售区域有哪些不足 */
  territoryWeaknesses: string;
  /** 如果本季度目标未能达成，对实现年终目标有何影响 */
  impactIfMissed: string;
  /** 上季度完成的目标中，哪些是渐进式的 */
  lastQuarterProgress: string;
  /** 你是如何取得这些进展的 */
  howProgressWasAchieved: string;
  /** 上季度没有完成的目标，有什么办法弥补 */
  makeUpForMisses: string;
}>;

/** The form's fields in the order the text asks them (see QUARTERLY_REVIEW_QUESTIONS for the wording). */
export const QUARTERLY_REVIEW_FIELDS: readonly (keyof QuarterlyReviewForm)[] = [
  'yearEndGoal',
  'obstacles',
  'territoryStrengths',
  'territoryWeaknesses',
  'impactIfMissed',
  'lastQuarterProgress',
  'howProgressWasAchieved',
  'makeUpForMisses',
];

type ReviewKey = Readonly<{ salespersonId: string; fiscalYear: number; quarter: number }>;

export type QuarterlyReviewSubmitted = DomainEvent<
  'QuarterlyReviewSubmitted',
  ReviewKey & Readonly<{ divisionId: string; form: QuarterlyReviewForm }>
>;

export type QuarterlyReviewCommented = DomainEvent<
  'QuarterlyReviewCommented',
  ReviewKey & Readonly<{ commentedBy: string; comment: string }>
>;

export type QuarterlyReviewArchived = DomainEvent<
  'QuarterlyReviewArchived',
  ReviewKey & Readonly<{ archivedBy: string }>
>;

export type QuarterlyReviewEvent =
  | QuarterlyReviewSubmitted
  | QuarterlyReviewCommented
  | QuarterlyReviewArchived;
