export * from './receivables-errors';
