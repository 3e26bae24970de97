import type { Provider, Type } from '@nestjs/common';

/** The installation slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const INSTALLATION_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
