export * from './lib/contracts.module';
export { FormsService } from './lib/forms/forms.service';
