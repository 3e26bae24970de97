export * from './notices-events';
export * from './notices-event-catalogue';
