export * from './error-messages';
export * from './forms';
export * from './reports';
export * from './directives';
export * from './signing';
export * from './installation';
export * from './receivables';
export * from './catalogue';
