export * from './errors/notices-error-messages';
