export * from './lib/event-envelope';
export * from './lib/event-store.port';
export * from './lib/upcasting';
