import type { Provider, Type } from '@nestjs/common';

/** The schemes slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const SCHEMES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [],
  providers: [],
};
