export * from './period';
export * from './rate';
export * from './subject';
export * from './salesperson-days';
export * from './visits-per-working-day';
export * from './customer-counts';
export * from './targets-in-force';
export * from './sales-figures';
