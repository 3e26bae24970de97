import type { Provider, Type } from '@nestjs/common';

/** The meetings slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const MEETINGS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
