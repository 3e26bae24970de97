import type { Provider, Type } from '@nestjs/common';

/** The receivables slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const RECEIVABLES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
