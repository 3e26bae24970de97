export * from './customers-department';
export * from './duplicate-registrations.scenario';
