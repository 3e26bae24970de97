export * from './contracts-department';
