export * from './lib/notices.module';
