export * from './forms-errors';
export * from './form-book';
export * from './form-number-format';
export * from './form-scope';
export * from './unreturned-forms';
