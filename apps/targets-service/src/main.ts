import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, runApp } from '@sales/shared/runtime';
import { TargetsModule } from '@sales/targets/service';

@Module({})
class TargetsServiceModule {
  static forRoot(...args: Parameters<typeof PlatformModule.forRoot>): DynamicModule {
    return { module: TargetsServiceModule, imports: [PlatformModule.forRoot(...args), TargetsModule] };
  }
}

/** Targets alone, against Kafka and MongoDB (distributed mode); it learns the org tree from org's events. */
void runApp({
  name: 'targets-service',
  title: '目标服务 Targets service',
  defaults: { mode: 'distributed', port: 3002 },
  module: (config, logger) => TargetsServiceModule.forRoot(config, logger),
});
