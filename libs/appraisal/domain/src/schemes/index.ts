export * from './scheme-version';
export * from './appraisal';
export * from './appraise';
export * from './scheme-commands';
export * from './scheme-events';
export * from './scheme';
export { BASIS_LABELS } from './commission';
export { checkSchemeRules } from './scheme-rules-check';
