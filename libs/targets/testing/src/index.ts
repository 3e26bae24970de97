export * from './plan-approval.scenario';
export * from './targets-transfer.scenario';
