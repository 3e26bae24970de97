export * from './team-scope';
export * from './meeting-events';
export * from './meeting-commands';
export * from './meeting';
export * from './meeting-list';
