export * from './lib/auth.decorators';
export * from './lib/auth.guard';
export * from './lib/local-issuer';
export * from './lib/token-verifier';
export * from './lib/actor-directories';
