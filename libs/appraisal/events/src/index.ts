export * from './appraisal-events';
export * from './appraisal-event-catalogue';
