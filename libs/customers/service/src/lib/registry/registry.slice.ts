import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { CustomerDirectory } from './customer-directory';
import { CustomerIndex } from './customer-index';
import { CustomerListService } from './customer-list.service';
import { DuplicateKeys } from './duplicate-keys';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';

/** The registry slice of customers (C1, C6): its controllers and providers, mounted by CustomersModule. */
export const REGISTRY_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [RegistryController],
  providers: [
    RegistryService,
    DuplicateKeys,
    CustomerListService,
    { provide: CustomerDirectory, useExisting: CustomerListService },
    {
      // Rebuilt from the store before the app answers; kept current by the registry's commands.
      provide: CustomerIndex,
      inject: [contextRuntimeToken('customers')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new CustomerIndex(runtime.store);
        await index.rebuild();
        index.startRefreshing();
        return index;
      },
    },
  ],
};
