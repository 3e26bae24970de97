export * from './reports-errors';
