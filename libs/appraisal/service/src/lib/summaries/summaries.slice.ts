import type { Provider, Type } from '@nestjs/common';

/** The summaries slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const SUMMARIES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
