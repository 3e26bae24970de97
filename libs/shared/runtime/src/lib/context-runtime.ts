import type { Logger } from 'pino';
import { CommandExecutor, type CommandRetryPolicy, type EventStore } from '@sales/shared/event-sourcing';
import {
  type EventBus,
  OutboxRelay,
  type StreamReplica,
  type Subscription,
  type SubscriptionHandle,
} from '@sales/shared/messaging';
import type { PlatformMetrics } from '@sales/shared/observability';
import { prepareContextTopics, replayHistoryIntoVolatileBus } from './adapters';

/**
 * One context mounted in a process: its own event store, the outbox relay that publishes the
 * store's commits to the context's topic, the command executor, and the subscriptions its
 * policies and projections hold. Started after the app is wired, stopped before the bus closes.
 */
export class ContextRuntime {
  readonly relay: OutboxRelay;
  readonly commands: CommandExecutor;
  private readonly handles: SubscriptionHandle[] = [];
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
    await this.subscribe(replica.subscription());
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
    this.handles.push(await this.bus.subscribe(subscription));
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
    await prepareContextTopics(this.bus, this.topic);
    const replayed = await replayHistoryIntoVolatileBus(this.bus, this.topic, this.store);
    if (replayed > 0)
      this.logger.info({ context: this.context, replayed }, 'history replayed into the in-process bus');
    await this.relay.start();
    for (const subscription of this.pending.splice(0))
      this.handles.push(await this.bus.subscribe(subscription));
    this.logger.info({ context: this.context, subscriptions: this.handles.length }, 'context started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.handles.splice(0).map((h) => h.stop()));
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
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
}
