export * from './errors';
export * from './schemes';
export * from './cycles';
export * from './meetings';
export * from './coaching';
export * from './summaries';
