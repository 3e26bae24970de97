import type { Provider, Type } from '@nestjs/common';

/** The registry slice of customers: its controllers and providers, mounted by CustomersModule. */
export const REGISTRY_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
