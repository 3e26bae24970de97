import type { Provider, Type } from '@nestjs/common';

/** The grading slice of customers: its controllers and providers, mounted by CustomersModule. */
export const GRADING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
