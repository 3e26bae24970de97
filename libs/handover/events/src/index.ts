export * from './handover-events';
export * from './handover-event-catalogue';
