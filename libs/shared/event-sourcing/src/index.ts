export * from './lib/event-envelope';
export * from './lib/event-store.port';
export * from './lib/upcasting';
export { InvalidAppendRequestError } from './lib/commit-record';
export * from './lib/command-handler';
export { StoreLockedError } from './lib/directory-lock';
export * from './lib/file-event-store';
export { CorruptLogError } from './lib/json-lines-log';
export * from './lib/mongo-event-store';
