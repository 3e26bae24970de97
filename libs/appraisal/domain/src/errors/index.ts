export * from './appraisal-error-messages';
