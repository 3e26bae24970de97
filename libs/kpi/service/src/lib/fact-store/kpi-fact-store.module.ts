import { Module } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION, PlatformRegistry } from '@sales/shared/runtime';
import { KPI_FACT_STORE, type FactStore } from './fact-store.port';
import { MemoryFactStore } from './memory-fact-store';
import { MongoFactStore } from './mongo-fact-store';

/**
 * The KPI read model's store, one per process: the projector writes it and the KPI API reads it
 * (in standalone both are in the same process and share the in-memory store, which the in-process
 * bus refills from the contexts' replayed history at every start).
 */
@Module({
  providers: [
    {
      provide: KPI_FACT_STORE,
      useFactory: async (mongo: Connection | null, registry: PlatformRegistry): Promise<FactStore> => {
        const store = mongo ? new MongoFactStore(mongo) : new MemoryFactStore();
        registry.addReadinessCheck({ name: 'store:kpi-facts', check: () => store.ping() });
        return store;
      },
      inject: [MONGO_CONNECTION, PlatformRegistry],
    },
  ],
  exports: [KPI_FACT_STORE],
})
export class KpiFactStoreModule {}
