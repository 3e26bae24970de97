export * from './contracts-events';
export * from './forms-events';
export * from './reports-events';
export * from './directives-events';
export * from './contracts-event-catalogue';
