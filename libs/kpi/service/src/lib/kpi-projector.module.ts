import { Module } from '@nestjs/common';
import { KPI_DETAIL_LABELS, KPI_ERROR_MESSAGES } from '@sales/kpi/domain';
import { KPI_CONTEXT } from '@sales/kpi/events';
import { CONTEXT_ERROR_MESSAGES, type ContextErrorMessages } from '@sales/shared/http';
import { KpiFactStoreModule } from './fact-store/kpi-fact-store.module';
import { KpiProjectorController } from './projector/kpi-projector.controller';
import { KpiProjectorRunner } from './projector/kpi-projector.runner';

/**
 * The KPI projector (issue 11): its own consumer group on org's, targets', customers' and
 * contracts' topics, turning their published events into the read model's facts. Runs in
 * `kpi-projector` or inside `standalone` on the in-process bus.
 */
@Module({
  imports: [KpiFactStoreModule],
  controllers: [KpiProjectorController],
  providers: [
    KpiProjectorRunner,
    // Its refusals (403, 409) read like the KPI API's; it has no event store of its own.
    {
      provide: CONTEXT_ERROR_MESSAGES,
      useValue: {
        context: KPI_CONTEXT,
        messages: KPI_ERROR_MESSAGES,
        labels: KPI_DETAIL_LABELS,
      } satisfies ContextErrorMessages,
    },
  ],
  exports: [KpiProjectorRunner],
})
export class KpiProjectorModule {}
