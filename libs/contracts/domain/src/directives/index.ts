export * from './directives-errors';
