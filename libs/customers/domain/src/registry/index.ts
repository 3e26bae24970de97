export * from './company-keys';
export * from './customer-events';
export * from './customer-commands';
export * from './customer-state';
export * from './customer-scope';
export * from './customer-validation';
export { customerDecider } from './customer';
export * from './duplicate-key';
