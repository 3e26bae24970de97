import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { OrgModule } from '@sales/org/service';
import { PlatformModule, runApp } from '@sales/shared/runtime';

@Module({})
class OrgServiceModule {
  static forRoot(...args: Parameters<typeof PlatformModule.forRoot>): DynamicModule {
    return { module: OrgServiceModule, imports: [PlatformModule.forRoot(...args), OrgModule] };
  }
}

/** Org alone, against Kafka and MongoDB (distributed mode). */
void runApp({
  name: 'org-service',
  title: '组织服务 Org service',
  defaults: { mode: 'distributed', port: 3001 },
  module: (config, logger) => OrgServiceModule.forRoot(config, logger),
});
