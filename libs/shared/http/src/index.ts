export * from './lib/error-messages';
export * from './lib/context-error-messages.interceptor';
export * from './lib/json-body.parser';
export * from './lib/problem.filter';
export * from './lib/validation-messages';
export * from './lib/validation.pipe';
export * from './lib/unexpected-input.interceptor';
export * from './lib/omittable.decorator';
