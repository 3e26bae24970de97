export * from './targets-events';
export * from './targets-event-catalogue';
export * from './quarterly-review-questions';
