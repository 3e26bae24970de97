export * from './errors/handover-error-messages';
