export * from './lib/contracts.module';
export { FormsService } from './lib/forms/forms.service';
export { OverdueRounds } from './lib/receivables/overdue-rounds';
