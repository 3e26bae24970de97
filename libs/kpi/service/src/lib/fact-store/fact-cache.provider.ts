import { Injectable, Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '@sales/shared/runtime';
import { FactCache } from './fact-cache';
import type { FactSnapshot, FactSource } from './fact-source.port';
import { KPI_FACT_STORE, type FactStore } from './fact-store.port';

/** The KPI API's FactCache in a Nest process: following the store from start to shutdown. */
@Injectable()
export class KpiFactCache implements FactSource, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly cache: FactCache;

  constructor(@Inject(KPI_FACT_STORE) store: FactStore, @Inject(LOGGER) logger: Logger) {
    this.cache = new FactCache(store, {
      onError: (error) =>
        logger.warn({ err: error }, 'KPI read model refresh failed; figures answer from the last one'),
    });
  }

  snapshot(): Promise<FactSnapshot> {
    return this.cache.snapshot();
  }

  onApplicationBootstrap(): void {
    this.cache.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.cache.stop();
  }
}
