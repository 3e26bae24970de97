export * from './forms-errors';
export * from './form-book';
export * from './form-number-format';
