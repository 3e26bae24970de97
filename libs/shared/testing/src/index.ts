export * from './infra/test-infra-addresses';
export * from './infra/unique-name';
