import { type DynamicModule, Module, type Type } from '@nestjs/common';
import type { AppDefinition } from './bootstrap';
import { PlatformModule } from './platform.module';

@Module({})
class ServiceRootModule {}

/**
 * The definition of a context's own service (distributed mode): the platform plus that one
 * context module, on its default port. `main.ts` of a service is `runApp(serviceApp(…))`.
 */
export function serviceApp(options: {
  name: string;
  title: string;
  port: number;
  context: Type;
}): AppDefinition {
  return {
    name: options.name,
    title: options.title,
    defaults: { mode: 'distributed', port: options.port },
    module: (config, logger): DynamicModule => ({
      module: ServiceRootModule,
      imports: [PlatformModule.forRoot(config, logger), options.context],
    }),
  };
}
