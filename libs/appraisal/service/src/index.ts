export * from './lib/appraisal.module';
export { SummaryOverdueRounds } from './lib/summaries/summary-overdue-rounds';
