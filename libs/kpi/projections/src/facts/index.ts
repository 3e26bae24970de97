export * from './kpi-fact';
export * from './facts-of';
