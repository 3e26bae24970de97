export * from './lib/targets.module';
export * from './lib/targets.service';
