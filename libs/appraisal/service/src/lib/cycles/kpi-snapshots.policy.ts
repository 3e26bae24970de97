import { Injectable, type OnModuleInit } from '@nestjs/common';
import { KPI_CONTEXT } from '@sales/kpi/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CyclesService } from './cycles.service';
import { kpiSnapshotOf } from './kpi-period-closed.reading';

/** The consumer group appraisal reads kpi's topic with (one per deployment, shared by replicas). */
export const KPI_SNAPSHOTS_GROUP = 'appraisal.kpi-snapshots';

/**
 * 冻结: the KPI service's `KpiPeriodClosed` answers to appraisal's CycleClosed become the cycles'
 * snapshots. Delivery is at least once; the cycle itself makes it idempotent (the same answer
 * again is a no-op, a different one never replaces the frozen figures).
 */
@Injectable()
export class KpiSnapshotsPolicy implements OnModuleInit {
  constructor(
    @InjectContext('appraisal') private readonly runtime: ContextRuntime,
    private readonly cycles: CyclesService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: KPI_SNAPSHOTS_GROUP,
      topics: [this.runtime.topicOf(KPI_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const snapshot = kpiSnapshotOf(event);
    if (snapshot) await this.cycles.recordSnapshot(snapshot, event);
  }
}
