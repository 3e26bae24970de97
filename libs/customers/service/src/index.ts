export * from './lib/customers.module';
export * from './lib/registry/registry.service';
export * from './lib/registry/customer-directory';
export * from './lib/grading/cash-inflow.port';
export * from './lib/grading/grading.service';
export * from './lib/grading/grading-scheduler';
export * from './lib/pool/pool-scheduler';
export * from './lib/pool/last-follow-ups';
