export * from './handover-events';
export * from './handover-event-specs';
export * from './handover-event-catalogue';
