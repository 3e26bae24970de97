export * from './lib/customers.module';
