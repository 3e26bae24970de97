export * from './grading-policy';
export { type GradingPolicyTerms, MAX_WINDOW_MONTHS } from './grading-policy-validation';
export * from './grading-policy-commands';
export * from './grading-policy-events';
export {
  type GradingPolicyHistory,
  type GradingPolicyVersion,
  currentGradingPolicy,
  gradingPolicyDecider,
} from './grading-policy-decider';
export { type GradingWindow, gradingWindow } from './grading-window';
export * from './customer-grade-commands';
export * from './customer-grade-events';
export { type CashInflow, type CustomerGrade } from './customer-grade-state';
export { customerGradeDecider } from './customer-grade';
