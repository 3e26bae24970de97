export * from './demo-department.scenario';
export * from './plan-approval.scenario';
export * from './targets-transfer.scenario';
export * from './vp-replay.scenario';
export * from './vp-replay.verdicts';
