import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { CycleIndex } from './cycle-index';
import { CycleSchemes } from './cycle-schemes';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { KpiSnapshotsPolicy } from './kpi-snapshots.policy';

/** The cycles slice of appraisal (A2): its controllers and providers, mounted by AppraisalModule. */
export const CYCLES_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [CyclesController],
  providers: [
    CyclesService,
    CycleSchemes,
    KpiSnapshotsPolicy,
    {
      // Rebuilt from the store before the app answers; kept current by the slice's commands and a periodic pass.
      provide: CycleIndex,
      inject: [contextRuntimeToken('appraisal')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new CycleIndex(runtime.store);
        await index.rebuild();
        index.startRefreshing();
        return index;
      },
    },
  ],
};
