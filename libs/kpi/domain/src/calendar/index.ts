export * from './working-days';
export * from './work-calendar';
export * from './calendar-seeds';
