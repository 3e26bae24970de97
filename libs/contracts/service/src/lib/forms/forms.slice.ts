import type { Provider, Type } from '@nestjs/common';

/** The forms slice of contracts: its controllers and providers, mounted by ContractsModule. */
export const FORMS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
