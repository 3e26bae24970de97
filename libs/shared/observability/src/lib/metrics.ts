import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one process, served at `/metrics`. Adapters record into these; the
 * projector adds consumer lag and projection delay.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'sales_http_requests_total',
    help: 'HTTP requests',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly commandDuration = new Histogram({
    name: 'sales_command_duration_seconds',
    help: 'Command handling time',
    labelNames: ['context', 'command', 'outcome'],
    registers: [this.registry],
  });
  /** Append races lost to another process (in one process commands on a stream queue instead). */
  readonly commandRetries = new Counter({
    name: 'sales_command_retries_total',
    help: 'Commands decided again after another writer appended to their stream first',
    labelNames: ['context', 'command'],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'sales_events_appended_total',
    help: 'Events appended to the store',
    labelNames: ['context'],
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'sales_events_published_total',
    help: 'Events published by the outbox relay',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly eventsConsumed = new Counter({
    name: 'sales_events_consumed_total',
    help: 'Events handled by consumers',
    labelNames: ['group', 'outcome'],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'sales_consumer_lag_messages',
    help: 'Messages behind the end of the partition',
    labelNames: ['group', 'topic', 'partition'],
    registers: [this.registry],
  });
  readonly consumerLagSeconds = new Gauge({
    name: 'sales_consumer_lag_seconds',
    help: 'While a group is behind on a topic: seconds since the newest event it handled there was published (0 when caught up)',
    labelNames: ['group', 'topic'],
    registers: [this.registry],
  });
  /** 1 while a replica refuses events because its upstream rewrote history it had copied (StreamReplica). */
  readonly replicaDiverged = new Gauge({
    name: 'sales_replica_diverged',
    help: 'Replicas stopped because upstream history changed under them (1 = stopped)',
    labelNames: ['replica'],
    registers: [this.registry],
  });
  readonly projectionDelay = new Gauge({
    name: 'sales_projection_delay_seconds',
    help: 'Age of the newest event a projection applied at the time it applied it',
    labelNames: ['projection'],
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }
}
