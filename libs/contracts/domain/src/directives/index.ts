export * from './directives-errors';
export * from './directive-events';
export * from './directive-commands';
export * from './directive-state';
export * from './directive';
