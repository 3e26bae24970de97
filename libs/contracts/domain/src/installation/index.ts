export * from './installation-errors';
