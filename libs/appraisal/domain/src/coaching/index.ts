export * from './coaching-events';
export * from './coaching-commands';
export * from './coaching-file';
export * from './coaching-views';
