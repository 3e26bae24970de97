export * from './targets-events';
export * from './targets-event-catalogue';
