import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { ContractIndex } from './contract-index';
import { ContractListService } from './contract-list.service';
import { ContractService } from './contract.service';
import { SigningCatalogue } from './signing-catalogue';
import { SigningCustomers } from './signing-customers';
import { SigningController } from './signing.controller';

/** The signing slice of contracts (K3): its controllers and providers, mounted by ContractsModule. */
export const SIGNING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [SigningController],
  providers: [
    ContractService,
    ContractListService,
    SigningCatalogue,
    SigningCustomers,
    {
      // Rebuilt from the store before the app answers; kept current by signing's own commands
      // and by a full pass every 30 s (another replica's signings).
      provide: ContractIndex,
      inject: [contextRuntimeToken('contracts')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new ContractIndex(runtime.store);
        await index.rebuild();
        index.startRefreshing();
        return index;
      },
    },
  ],
};
