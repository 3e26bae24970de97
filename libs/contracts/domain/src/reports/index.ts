export * from './reports-errors';
export * from './report-types';
export * from './report';
