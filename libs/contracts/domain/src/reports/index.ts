export * from './reports-errors';
export * from './report';
