export * from './app-harness';
export * from './bad-input.probe';
export * from './eventually';
export * from './service-process';
export * from './distributed-platform';
export * from './org-department';
