export * from './error-messages';
export * from './forms';
export * from './reports';
export * from './directives';
