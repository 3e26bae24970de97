import type { Provider, Type } from '@nestjs/common';

/** The reports slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const REPORTS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
