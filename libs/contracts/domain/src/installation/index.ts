export * from './installation-errors';
export * from './installation-events';
export * from './installation-commands';
export * from './installation-state';
export * from './installation';
export * from './installation-scope';
