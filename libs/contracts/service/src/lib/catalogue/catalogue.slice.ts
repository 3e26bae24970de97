import type { Provider, Type } from '@nestjs/common';

/** The catalogue slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const CATALOGUE_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
