export * from './lib/appraisal.module';
