import type { Logger } from 'pino';
import { ConflictError } from '@sales/shared/domain';
import type { EventBus, SubscriptionHandle } from '@sales/shared/messaging';
import type { PlatformMetrics } from '@sales/shared/observability';
import type { FactStore } from '../fact-store/fact-store.port';
import { projectBatch, type UnreadableEvent } from './project-batch';
import { ProjectionLag, type TopicLag } from './projection-lag';

export type KpiProjectorOptions = Readonly<{
  /** The published topics of org, targets, customers and contracts (behind the topic prefix). */
  topics: readonly string[];
  timeZone: string;
  /** Consumer groups are `<groupPrefix>.v<version>` (default `kpi-projector`). */
  groupPrefix?: string;
  maxBatchSize?: number;
  /** How often a rebuild checks whether it has caught up (default 500 ms). */
  rebuildPollMs?: number;
}>;

/** One read-model version being written by its own consumer group. */
type ProjectionRun = {
  version: number;
  groupId: string;
  lag: ProjectionLag;
  handle: SubscriptionHandle;
  factsWritten: number;
  eventsRead: number;
  unreadable: UnreadableEvent[];
};

export type ProjectorStatus = Readonly<{
  activeVersion: number;
  runs: readonly Readonly<{
    version: number;
    state: 'active' | 'building';
    groupId: string;
    eventsRead: number;
    factsWritten: number;
    lag: readonly TopicLag[];
    unreadable: readonly UnreadableEvent[];
  }>[];
}>;

/** A rebuild is under way already (409). */
export class RebuildInProgressError extends ConflictError {
  constructor(version: number) {
    super('rebuild-in-progress', { version });
  }
}

/**
 * The KPI projector: each read-model version is written by its own consumer group from the
 * beginning of every context topic, in batches (one bulk upsert per batch, then the offsets).
 * Facts are stored by fact id, so redelivery, restarts and a crash anywhere rewrite equal
 * documents and never count twice.
 *
 * Rebuild: a new, empty version gets its own group and reads everything again while the active
 * version keeps serving; it is switched to once it has settled — every partition it heard of at
 * its end, no batch for a second — and it holds at least as many facts as the active version did
 * when the rebuild began (facts only grow with events, so fewer means it has not caught up). The
 * old group then stops; its version stays, retired, until dropped.
 */
export class KpiProjector {
  private readonly runs = new Map<number, ProjectionRun>();
  private activeVersion = 1;
  private watching: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly bus: EventBus,
    private readonly store: FactStore,
    private readonly options: KpiProjectorOptions,
    private readonly metrics: PlatformMetrics,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    // A context that has not started yet has no topic; subscribing to a missing one fails.
    for (const topic of this.options.topics) await this.bus.prepareTopic?.(topic);
    this.activeVersion = await this.store.activeVersion();
    await this.open(this.activeVersion);
    for (const version of await this.store.versions())
      if (version.state === 'building') await this.watchRebuild(version.version, 0);
  }

  /** Starts writing a new version; it becomes the active one once it has caught up. */
  async rebuild(): Promise<{ version: number }> {
    const building = [...this.runs.keys()].find((version) => version !== this.activeVersion);
    if (building !== undefined) throw new RebuildInProgressError(building);
    const factsAtStart = await this.store.count(this.activeVersion);
    const version = await this.store.createVersion();
    await this.watchRebuild(version, factsAtStart);
    return { version };
  }

  status(): ProjectorStatus {
    return {
      activeVersion: this.activeVersion,
      runs: [...this.runs.values()].map((run) => ({
        version: run.version,
        state: run.version === this.activeVersion ? 'active' : 'building',
        groupId: run.groupId,
        eventsRead: run.eventsRead,
        factsWritten: run.factsWritten,
        lag: run.lag.byTopic(),
        unreadable: run.unreadable.slice(-100),
      })),
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.watching) clearInterval(this.watching);
    const runs = [...this.runs.values()];
    this.runs.clear();
    await Promise.all(runs.map((run) => run.handle.stop()));
  }

  private async watchRebuild(version: number, factsAtStart: number): Promise<void> {
    await this.open(version);
    this.logger.info({ version, factsAtStart }, 'KPI read model rebuild started');
    const poll = this.options.rebuildPollMs ?? 500;
    let checking = false;
    this.watching = setInterval(() => {
      if (checking || this.stopped) return;
      checking = true;
      this.switchWhenCaughtUp(version, factsAtStart, poll)
        .catch((error: unknown) => this.logger.error({ version, err: error }, 'rebuild check failed'))
        .finally(() => (checking = false));
    }, poll);
  }

  private async switchWhenCaughtUp(version: number, factsAtStart: number, idleMs: number): Promise<void> {
    const run = this.runs.get(version);
    if (!run || !run.lag.settled(Math.max(idleMs, 1_000))) return;
    if ((await this.store.count(version)) < factsAtStart) return;
    const previous = this.activeVersion;
    await this.store.switchTo(version);
    this.activeVersion = version;
    if (this.watching) clearInterval(this.watching);
    this.watching = undefined;
    const old = this.runs.get(previous);
    this.runs.delete(previous);
    await old?.handle.stop();
    this.logger.info(
      { version, previous, facts: run.factsWritten },
      'KPI read model switched to the rebuilt version',
    );
  }

  private async open(version: number): Promise<void> {
    const groupId = `${this.options.groupPrefix ?? 'kpi-projector'}.v${version}`;
    const run: ProjectionRun = {
      handle: { stop: async () => undefined },
      version,
      groupId,
      lag: new ProjectionLag(this.options.topics),
      factsWritten: 0,
      eventsRead: 0,
      unreadable: [],
    };
    run.handle = await this.bus.subscribeBatches({
      groupId,
      topics: this.options.topics,
      fromBeginning: true,
      maxBatchSize: this.options.maxBatchSize ?? 500,
      // The database down means waiting for it, not dead-lettering the events.
      retry: { attempts: Infinity, initialBackoffMs: 200, maxBackoffMs: 5_000 },
      handleBatch: async (events, delivery) => {
        const { facts, unreadable } = projectBatch(events, this.options.timeZone);
        if (facts.length > 0) await this.store.upsert(version, facts);
        run.eventsRead += events.length;
        run.factsWritten += facts.length;
        for (const event of unreadable) {
          this.logger.error({ version, ...event }, 'KPI projection cannot read this event; figures lack it');
          run.unreadable.push(event);
        }
        this.metrics.eventsConsumed.inc({ group: groupId, outcome: 'ok' }, events.length - unreadable.length);
        if (unreadable.length > 0)
          this.metrics.eventsConsumed.inc({ group: groupId, outcome: 'unreadable' }, unreadable.length);
        run.lag.record(delivery.topic, delivery.partition, delivery);
        this.metrics.consumerLag.set(
          { group: groupId, topic: delivery.topic, partition: String(delivery.partition) },
          delivery.eventsBehind,
        );
        for (const lag of run.lag.byTopic())
          this.metrics.consumerLagSeconds.set({ group: groupId, topic: lag.topic }, lag.secondsBehind);
      },
    });
    this.runs.set(version, run);
  }
}
