import type { Provider, Type } from '@nestjs/common';

/** The cycles slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const CYCLES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
