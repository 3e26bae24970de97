import type { Provider, Type } from '@nestjs/common';

/** The signing slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const SIGNING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
