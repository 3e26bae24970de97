export * from './kpi-events';
export * from './work-calendar-events';
export * from './kpi-period-events';
export * from './kpi-event-catalogue';
export * from './kpi-figure-ids';
