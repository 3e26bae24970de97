export * from './kpi-error-messages';
export { subjectLabel } from './figures-errors';
