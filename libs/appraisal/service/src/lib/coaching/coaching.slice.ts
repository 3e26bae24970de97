import type { Provider, Type } from '@nestjs/common';

/** The coaching slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const COACHING_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
