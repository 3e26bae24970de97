import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type EventEnvelope, FileEventStore } from '@sales/shared/event-sourcing';
import { InProcessEventBus, StreamReplica, deadLetterTopic } from '@sales/shared/messaging';
import { PlatformMetrics, runReadinessChecks } from '@sales/shared/observability';
import { ContextRuntime } from './context-runtime';

const ORG_TOPIC = 'sales.org.events';

const orgEvent = (version: number, id: string): EventEnvelope => ({
  id,
  context: 'org',
  streamId: 'org-tree',
  version,
  type: 'PersonHired',
  schemaVersion: 1,
  data: { personId: `p-${id}` },
  time: '2026-01-01T08:00:00+08:00',
  actor: { userId: 'p-vp', role: 'vp' },
  correlationId: `c-${id}`,
});

async function eventually(check: () => Promise<void> | void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe('ContextRuntime with a replica whose upstream rewrote history', () => {
  let dir: string;
  let bus: InProcessEventBus;
  let runtime: ContextRuntime;
  let replica: StreamReplica;
  let metrics: PlatformMetrics;
  const errors: Array<{ fields: Record<string, unknown>; message: string }> = [];
  const logger = {
    info: () => undefined,
    warn: () => undefined,
    error: (fields: Record<string, unknown>, message: string) => errors.push({ fields, message }),
  } as unknown as Logger;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'context-runtime-'));
    errors.splice(0);
    // Retries that would dead-letter within milliseconds, were the subscription not stopped.
    bus = new InProcessEventBus({ defaultRetry: { attempts: 3, initialBackoffMs: 5, maxBackoffMs: 5 } });
    metrics = new PlatformMetrics({ defaultMetrics: false });
    runtime = new ContextRuntime(
      'targets',
      'sales.targets.events',
      await FileEventStore.open(dir, 'targets'),
      bus,
      metrics,
      logger,
      { retries: 0, backoffMs: 1 },
    );
    replica = new StreamReplica(
      await FileEventStore.open(dir, 'targets-replica-org'),
      ORG_TOPIC,
      'targets.replica.org',
    );
    await runtime.addReplica('org', replica);
    await runtime.onApplicationBootstrap();
  });

  afterEach(async () => {
    await runtime.beforeApplicationShutdown();
    await bus.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stops that subscription loudly: error log, sales_replica_diverged 1, /health/ready failing, nothing dead-lettered', async () => {
    const deadLettered: string[] = [];
    await bus.subscribe({
      groupId: 'dlq-watch',
      topics: [deadLetterTopic(ORG_TOPIC)],
      handle: async (event) => void deadLettered.push(event.id),
    });
    await bus.publish(ORG_TOPIC, [orgEvent(1, 'e-1'), orgEvent(2, 'e-2')]);
    await eventually(async () =>
      expect((await replica.read('org-tree')).map((e) => e.id)).toEqual(['e-1', 'e-2']),
    );
    expect((await runReadinessChecks([replica.readiness()])).status).toBe('ok');
    expect(await metrics.registry.getSingleMetricAsString('sales_replica_diverged')).toContain(
      'sales_replica_diverged{replica="targets.replica.org"} 0',
    );

    // Upstream restored from a backup taken at version 1: a new event at version 2, then 3.
    await bus.publish(ORG_TOPIC, [orgEvent(2, 'e-2-after-restore'), orgEvent(3, 'e-3-after-restore')]);

    await eventually(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({
      fields: {
        context: 'targets',
        replica: 'targets.replica.org',
        streamId: 'org-tree',
        version: 2,
        heldEventId: 'e-2',
        upstreamEventId: 'e-2-after-restore',
      },
      message: expect.stringMatching(/replica diverged from upstream: subscription stopped/),
    });
    expect(await metrics.registry.getSingleMetricAsString('sales_replica_diverged')).toContain(
      'sales_replica_diverged{replica="targets.replica.org"} 1',
    );
    const ready = await runReadinessChecks([replica.readiness()]);
    expect(ready).toMatchObject({
      status: 'unavailable',
      checks: {
        'replica:targets.replica.org': { status: 'unavailable', error: expect.stringMatching(/diverged/) },
      },
    });

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deadLettered).toEqual([]);
    expect(errors).toHaveLength(1);
    expect((await replica.read('org-tree')).map((e) => e.id)).toEqual(['e-1', 'e-2']);
  });
});

describe('ContextRuntime behind KAFKA_TOPIC_PREFIX', () => {
  it('subscribes under the prefixed group and reads other contexts’ topics behind the same prefix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'context-runtime-prefix-'));
    const bus = new InProcessEventBus();
    const groups: string[] = [];
    const subscribe = bus.subscribe.bind(bus);
    bus.subscribe = (subscription) => {
      groups.push(subscription.groupId);
      return subscribe(subscription);
    };
    const runtime = new ContextRuntime(
      'customers',
      'staging.sales.customers.events',
      await FileEventStore.open(dir, 'customers'),
      bus,
      new PlatformMetrics({ defaultMetrics: false }),
      { info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as Logger,
      { retries: 0, backoffMs: 1 },
    );
    const seen: string[] = [];
    await runtime.subscribe({
      groupId: 'customers.feed.contracts',
      topics: [runtime.topicOf('contracts')],
      fromBeginning: true,
      handle: async (event) => void seen.push(event.id),
    });
    await runtime.onApplicationBootstrap();
    try {
      expect(runtime.topicOf('contracts')).toBe('staging.sales.contracts.events');
      expect(groups).toEqual(['staging.customers.feed.contracts']);
      await bus.publish('staging.sales.contracts.events', [{ ...orgEvent(1, 'e-1'), context: 'contracts' }]);
      await eventually(() => expect(seen).toEqual(['e-1']));
    } finally {
      await runtime.beforeApplicationShutdown();
      await bus.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
