export * from './app-harness';
export * from './bad-input.probe';
