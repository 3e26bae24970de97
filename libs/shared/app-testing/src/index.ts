export * from './app-harness';
export * from './bad-input.probe';
export * from './eventually';
