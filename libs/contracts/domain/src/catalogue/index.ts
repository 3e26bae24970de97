export * from './catalogue-errors';
export * from './product-lines';
