export * from './facts';
export * from './figures';
