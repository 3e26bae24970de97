export * from './appraisal-by-hand';
export * from './quarter-schemes';
