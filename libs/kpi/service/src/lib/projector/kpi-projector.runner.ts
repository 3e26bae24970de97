import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { contextTopic } from '@sales/shared/event-sourcing';
import type { AppConfig } from '@sales/shared/config';
import type { EventBus } from '@sales/shared/messaging';
import type { PlatformMetrics } from '@sales/shared/observability';
import { APP_CONFIG, EVENT_BUS, LOGGER, METRICS } from '@sales/shared/runtime';
import { KPI_FACT_STORE, type FactStore } from '../fact-store/fact-store.port';
import { KpiProjector } from './kpi-projector';

/** The contexts whose published events make the KPI figures. */
export const KPI_SOURCE_CONTEXTS = ['org', 'targets', 'customers', 'contracts'] as const;

/** The projector in a Nest process: started once the app is wired, stopped before the bus closes. */
@Injectable()
export class KpiProjectorRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly projector: KpiProjector;

  constructor(
    @Inject(EVENT_BUS) bus: EventBus,
    @Inject(KPI_FACT_STORE) store: FactStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(METRICS) metrics: PlatformMetrics,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.projector = new KpiProjector(
      bus,
      store,
      {
        topics: KPI_SOURCE_CONTEXTS.map((context) => config.topicPrefix + contextTopic(context)),
        timeZone: config.businessTimeZone,
        // Environments sharing a cluster (KAFKA_TOPIC_PREFIX) must not share the projector's groups.
        groupPrefix: `${config.topicPrefix}kpi-projector`,
      },
      metrics,
      logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.projector.stop();
  }
}
