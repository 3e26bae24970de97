export * from './demo-department.data';
export * from './demo-plan';
