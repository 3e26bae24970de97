export * from './period-close-events';
export * from './period-close-commands';
export * from './period-close';
