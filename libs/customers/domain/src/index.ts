export * from './org-view';
export * from './error-messages';
export * from './registry';
export * from './grading';
export * from './field-work';
export * from './pool';
