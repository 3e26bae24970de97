export * from './actor';
export * from './decider';
export * from './decider-specification';
export * from './domain-error';
export * from './published-event-spec';
export * from './id-record';
export * from './clock';
export * from './money';
