export * from './demo-department.data';
export * from './demo-plan';
export * from './demo-customers.data';
export * from './demo-contracts.data';
export * from './demo-appraisal.data';
