export * from './appraisal-events';
export * from './appraisal-event-catalogue';
export * from './scheme-published-events';
export { schemePublishedEvent } from './scheme-event-specs';
export * from './cycle-events';
export { CYCLE_EVENT_SPECS, cyclePublishedEvent } from './cycle-event-specs';
export * from './meeting-events';
export * from './coaching-events';
export * from './summary-events';
