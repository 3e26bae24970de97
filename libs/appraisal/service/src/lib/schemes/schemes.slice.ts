import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { SchemeIndex } from './scheme-index';
import { SchemesController } from './schemes.controller';
import { SchemesService } from './schemes.service';

/** The schemes slice of appraisal: its controllers and providers, mounted by AppraisalModule. */
export const SCHEMES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [SchemesController],
  providers: [
    SchemesService,
    {
      // Rebuilt from the store before the app answers; this process's commands add to it at once.
      provide: SchemeIndex,
      inject: [contextRuntimeToken('appraisal')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new SchemeIndex(runtime.store);
        await index.rebuild();
        index.startRefreshing();
        return index;
      },
    },
  ],
};
