/** Where one consumer group stands on one partition, as its last batch told. */
type PartitionPosition = Readonly<{ eventsBehind: number; lastPublishedAt: string | null; seenAt: number }>;

export type TopicLag = Readonly<{
  topic: string;
  /** Events published to the topic and not yet in the read model (Σ over its partitions). */
  eventsBehind: number;
  /** Age of the oldest event not yet in the read model, roughly: now − the last handled event's publish time while behind; 0 when caught up. */
  secondsBehind: number;
}>;

/** A projection run's lag per topic, from what each handled batch says about its partition. */
export class ProjectionLag {
  private readonly positions = new Map<string, Map<number, PartitionPosition>>();
  private lastBatchAt = 0;

  constructor(
    private readonly topics: readonly string[],
    private readonly now: () => number = Date.now,
  ) {}

  record(
    topic: string,
    partition: number,
    position: Readonly<{ eventsBehind: number; lastPublishedAt: string | null }>,
  ) {
    const partitions = this.positions.get(topic) ?? new Map<number, PartitionPosition>();
    partitions.set(partition, { ...position, seenAt: this.now() });
    this.positions.set(topic, partitions);
    this.lastBatchAt = this.now();
  }

  byTopic(): TopicLag[] {
    return this.topics.map((topic) => {
      const partitions = [...(this.positions.get(topic)?.values() ?? [])];
      const eventsBehind = partitions.reduce((sum, p) => sum + p.eventsBehind, 0);
      const behind = partitions.filter((p) => p.eventsBehind > 0 && p.lastPublishedAt !== null);
      const oldest = Math.min(...behind.map((p) => Date.parse(p.lastPublishedAt as string)));
      const secondsBehind = behind.length === 0 ? 0 : Math.max(0, (this.now() - oldest) / 1000);
      return { topic, eventsBehind, secondsBehind };
    });
  }

  /** No event waiting on any partition it has heard of, and no batch for `idleMs`. */
  settled(idleMs: number): boolean {
    return this.byTopic().every((lag) => lag.eventsBehind === 0) && this.now() - this.lastBatchAt >= idleMs;
  }
}
