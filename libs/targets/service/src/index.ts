export * from './lib/targets.module';
export * from './lib/plan.service';
export * from './lib/quarterly-review.service';
