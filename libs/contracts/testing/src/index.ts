export * from './contracts-department';
export * from './contract-to-grade.scenario';
