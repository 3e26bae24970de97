export * from './lib/appraisal.module';
export { SummaryOverdueRounds } from './lib/summaries/summary-overdue-rounds';
export { SchemesService } from './lib/schemes/schemes.service';
export { CyclesService } from './lib/cycles/cycles.service';
export { MeetingsService } from './lib/meetings/meetings.service';
