import type { Provider, Type } from '@nestjs/common';

/** The field-work slice of customers: its controllers and providers, mounted by CustomersModule. */
export const FIELD_WORK_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
