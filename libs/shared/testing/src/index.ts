export * from './infra/test-infra-addresses';
export * from './infra/unique-name';
export * from './error-codes/thrown-error-codes';
export * from './publishing';
export * from './published-schemas/published-schemas';
