export * from './org-snapshot';
export * from './data-scope';
export * from './error-messages';
export * from './plan/plan-events';
export * from './plan/plan-publication';
export * from './plan/plan-commands';
export * from './plan/plan-state';
export { planDecider } from './plan/plan';
export * from './plan/target-resolution';
export * from './plan/allocation-report';
export * from './plan/plan-authorization';
export * from './plan/plan-versions';
export * from './plan/plan-visibility';
export * from './plan/plan-view';
export * from './plan/year-to-date';
export * from './plan/node-view';
export * from './review/quarterly-review-events';
export * from './review/quarterly-review-questions';
export * from './review/quarterly-review-publication';
export * from './review/quarterly-review-commands';
export {
  quarterlyReviewDecider,
  type QuarterlyReview,
  type ExistingReview,
  type QuarterlyReviewStatus,
} from './review/quarterly-review';
export * from './review/quarterly-review-list';
export * from './review/quarterly-review-steps';
