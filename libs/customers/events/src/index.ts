export * from './customers-events';
export * from './registry-events';
export * from './grading-events';
export * from './field-work-events';
export * from './pool-events';
export * from './customers-event-catalogue';
