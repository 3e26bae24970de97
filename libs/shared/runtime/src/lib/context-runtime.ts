import type { Logger } from 'pino';
import {
  CommandExecutor,
  type CommandRetryPolicy,
  contextTopic,
  type EventEnvelope,
  type EventStore,
} from '@sales/shared/event-sourcing';
import {
  type EventBus,
  OutboxRelay,
  ReplicaDivergedError,
  type StreamReplica,
  type Subscription,
  type SubscriptionHandle,
} from '@sales/shared/messaging';
import type { PlatformMetrics } from '@sales/shared/observability';

/**
 * One context mounted in a process: its own event store, the outbox relay that publishes the
 * store's commits to the context's topic, the command executor, and the subscriptions its
 * policies and projections hold. Started after the app is wired, stopped before the bus closes.
 */
export class ContextRuntime {
  readonly relay: OutboxRelay;
  readonly commands: CommandExecutor;
  /** Open subscriptions by their (exact, per-process unique) group id. */
  private readonly handles = new Map<string, SubscriptionHandle>();
  private readonly pending: Subscription[] = [];
  private started = false;
  private readonly replicas = new Map<string, StreamReplica>();

  constructor(
    readonly context: string,
    /** The context's published topic (`sales.<context>.events`, behind KAFKA_TOPIC_PREFIX if set). */
    readonly topic: string,
    readonly store: EventStore,
    private readonly bus: EventBus,
    private readonly metrics: PlatformMetrics,
    private readonly logger: Logger,
    commandRetry: CommandRetryPolicy,
  ) {
    this.relay = new OutboxRelay({
      store,
      bus: countingPublishes(bus, metrics),
      topic,
      batchSize: 500,
      pollIntervalMs: 250,
      onError: (error) =>
        logger.error({ context, err: error }, 'outbox relay round failed; retrying at the next poll'),
    });
    this.commands = new CommandExecutor(store, metrics, () => this.relay.notify(), commandRetry);
  }

  async addReplica(source: string, replica: StreamReplica): Promise<void> {
    this.replicas.set(source, replica);
    this.metrics.replicaDiverged.set({ replica: replica.groupId }, 0);
    const subscription = replica.subscription();
    await this.subscribe({
      ...subscription,
      handle: async (event, delivery) => {
        try {
          await subscription.handle(event, delivery);
        } catch (error) {
          if (error instanceof ReplicaDivergedError) this.haltDivergedReplica(error);
          throw error;
        }
      },
    });
  }

  /**
   * A replica whose upstream rewrote history stops taking events, loudly: an error log, the
   * `sales_replica_diverged` gauge at 1, and `/health/ready` failing (the replica's readiness
   * check), until an operator rebuilds the copy. Its subscription is stopped rather than left to
   * dead-letter every later event; the refused message stays uncommitted for the next start.
   */
  private haltDivergedReplica(error: ReplicaDivergedError): void {
    const handle = this.handles.get(error.replica);
    if (!handle) return;
    this.handles.delete(error.replica);
    this.metrics.replicaDiverged.set({ replica: error.replica }, 1);
    const { replica, streamId, version, heldEventId, upstreamEventId } = error;
    this.logger.error(
      { context: this.context, replica, streamId, version, heldEventId, upstreamEventId, err: error },
      'replica diverged from upstream: subscription stopped; rebuild the copy once upstream history is settled',
    );
    // Not awaited: stop() waits for the handler in flight, which is the caller. It abandons the
    // handler's retries at once, so the message is neither committed nor dead-lettered.
    handle
      .stop()
      .catch((stopError: unknown) =>
        this.logger.error(
          { context: this.context, replica, err: stopError },
          'stopping a diverged replica failed',
        ),
      );
  }

  /** Another context's published topic, behind the same prefix as this context's own. */
  topicOf(source: string): string {
    return this.prefix + contextTopic(source);
  }

  /**
   * A consumer group as the broker knows it: `KAFKA_TOPIC_PREFIX` + the group id the context
   * names (`customers.feed.contracts`). One prefix separates a whole deployment — its topics and
   * its groups — so two deployments (or two test platforms) on one cluster never share a group.
   */
  groupOf(groupId: string): string {
    return this.prefix + groupId;
  }

  private get prefix(): string {
    return this.topic.slice(0, this.topic.length - contextTopic(this.context).length);
  }

  /** The private copy of another context's streams, e.g. `replica('org')`. */
  replica(source: string): StreamReplica {
    const replica = this.replicas.get(source);
    if (!replica) throw new Error(`context ${this.context} keeps no replica of ${source}`);
    return replica;
  }

  /** Subscriptions registered before start are opened at start; later ones at once. */
  async subscribe(subscription: Subscription): Promise<void> {
    subscription = this.counted(subscription);
    if (!this.started) {
      this.pending.push(subscription);
      return;
    }
    await this.open(subscription);
  }

  private async open(subscription: Subscription): Promise<void> {
    // Another context's topic may not exist yet when this process starts first (subscribing to a
    // missing topic fails); creating it is idempotent, and in production deploy/kafka makes them.
    for (const topic of subscription.topics) await this.bus.prepareTopic?.(topic);
    this.handles.set(
      subscription.groupId,
      await this.bus.subscribe({ ...subscription, groupId: this.groupOf(subscription.groupId) }),
    );
  }

  private counted(subscription: Subscription): Subscription {
    const consumed = this.metrics.eventsConsumed;
    return {
      ...subscription,
      handle: async (event, delivery) => {
        try {
          await subscription.handle(event, delivery);
          consumed.inc({ group: subscription.groupId, outcome: 'ok' });
        } catch (error) {
          consumed.inc({ group: subscription.groupId, outcome: 'failed' });
          throw error;
        }
      },
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    await this.bus.prepareTopic?.(this.topic);
    if (this.bus.volatile) {
      const replayed = await this.replayHistory();
      if (replayed > 0)
        this.logger.info({ context: this.context, replayed }, 'history replayed into the in-process bus');
    }
    await this.relay.start();
    for (const subscription of this.pending.splice(0)) await this.open(subscription);
    this.logger.info({ context: this.context, subscriptions: this.handles.size }, 'context started');
  }

  /**
   * A volatile bus forgets what was published when the process ends, while the outbox republishes
   * only what was never published: an event published just before a crash but not yet handled
   * would be lost to the other contexts. So the whole published history goes into such a bus at start;
   * consumers skip what they already applied (the bus by event id, replicas by version and id).
   */
  private async replayHistory(): Promise<number> {
    let batch: EventEnvelope[] = [];
    let replayed = 0;
    for await (const event of this.store.readPublished()) {
      batch.push(event);
      if (batch.length === 500) {
        await this.bus.publish(this.topic, batch);
        replayed += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await this.bus.publish(this.topic, batch);
    return replayed + batch.length;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(handles.map((h) => h.stop()));
    await this.relay.stop();
    await this.store.close();
    await Promise.all([...this.replicas.values()].map((r) => r.store.close()));
    this.logger.info({ context: this.context }, 'context stopped');
  }
}

/** The relay's bus, counting what it publishes (`sales_events_published_total`). */
function countingPublishes(bus: EventBus, metrics: PlatformMetrics): EventBus {
  return {
    publish: async (topic, events) => {
      await bus.publish(topic, events);
      metrics.eventsPublished.inc({ topic }, events.length);
    },
    subscribe: (subscription) => bus.subscribe(subscription),
    subscribeBatches: (subscription) => bus.subscribeBatches(subscription),
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
}
