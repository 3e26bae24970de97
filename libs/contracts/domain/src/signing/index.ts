export * from './contract-terms';
export * from './signing-errors';
