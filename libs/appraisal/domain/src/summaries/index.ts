export * from './summary-period';
export * from './summary-figures';
export * from './figure-tally';
export * from './summary-settings';
export * from './summary-events';
export * from './summary-commands';
export * from './summary';
export * from './summary-list';
