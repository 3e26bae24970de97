import type { Provider, Type } from '@nestjs/common';

/** The directives slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const DIRECTIVES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
