export * from './catalogue-errors';
