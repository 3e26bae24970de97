export * from './lib/customers.module';
export * from './lib/registry/registry.service';
export * from './lib/registry/customer-directory';
