import type { Provider, Type } from '@nestjs/common';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { APPROVED_REPORTS } from '../signing/signing-ports';
import { ReportIndex } from './report-index';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The reports slice of contracts (K2): its controllers and providers, mounted by ContractsModule. */
export const REPORTS_SLICE: Readonly<{ controllers: Type[]; providers: Provider[] }> = {
  controllers: [ReportsController],
  providers: [
    ReportsService,
    { provide: APPROVED_REPORTS, useExisting: ReportsService },
    {
      provide: ReportIndex,
      inject: [contextRuntimeToken('contracts')],
      useFactory: async (runtime: ContextRuntime) => {
        const index = new ReportIndex(runtime.store);
        await index.rebuild();
        return index;
      },
    },
  ],
};
