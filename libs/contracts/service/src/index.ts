export * from './lib/contracts.module';
export { FormsService } from './lib/forms/forms.service';
export { ReportsService } from './lib/reports/reports.service';
export { ContractService } from './lib/signing/contract.service';
export { InstallationService } from './lib/installation/installation.service';
export { DirectivesService } from './lib/directives/directives.service';
export { ReceivablesService } from './lib/receivables/receivables.service';
export { OverdueRounds } from './lib/receivables/overdue-rounds';
