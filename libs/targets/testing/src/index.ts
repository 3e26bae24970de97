export * from './plan-approval.scenario';
