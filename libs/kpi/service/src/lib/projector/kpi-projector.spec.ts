import pino from 'pino';
import type { KpiFact } from '@sales/kpi/projections';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { InProcessEventBus } from '@sales/shared/messaging';
import { PlatformMetrics } from '@sales/shared/observability';
import { MemoryFactStore } from '../fact-store/memory-fact-store';
import { KpiProjector } from './kpi-projector';

const TOPIC = 'sales.contracts.events';
const TOPICS = ['sales.org.events', TOPIC];

/** A published termination: one fact each, keyed by the event id. */
const termination = (n: number): EventEnvelope => ({
  id: `e-${String(n).padStart(5, '0')}`,
  context: 'contracts',
  streamId: `contract-c${n}`,
  version: 2,
  type: 'ContractTerminated',
  schemaVersion: 1,
  data: { contractId: `c${n}`, terminatedOn: '2027-03-19' },
  time: '2027-03-19T02:00:00.000Z',
  actor: { userId: 'p-vp', role: 'vp' },
  correlationId: `corr-${n}`,
});

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function factsOf(store: MemoryFactStore, version: number): Promise<KpiFact[]> {
  const facts: KpiFact[] = [];
  for await (const fact of store.all(version)) facts.push(fact);
  return facts;
}

describe('KpiProjector (in-process bus, memory store)', () => {
  const logger = pino({ level: 'silent' });
  let bus: InProcessEventBus;
  let store: MemoryFactStore;
  const projectors: KpiProjector[] = [];
  const projector = (groupPrefix = 'kpi-projector') => {
    const made = new KpiProjector(
      bus,
      store,
      { topics: TOPICS, timeZone: 'Asia/Shanghai', groupPrefix, maxBatchSize: 100, rebuildPollMs: 50 },
      new PlatformMetrics({ defaultMetrics: false }),
      logger,
    );
    projectors.push(made);
    return made;
  };

  beforeEach(async () => {
    bus = new InProcessEventBus();
    store = new MemoryFactStore();
    await bus.publish(
      TOPIC,
      Array.from({ length: 1_200 }, (_, i) => termination(i + 1)),
    );
  });
  afterEach(async () => {
    await Promise.all(projectors.splice(0).map((p) => p.stop()));
    await bus.close();
  });

  it('writes one fact per event in batches and reports itself caught up', async () => {
    const running = projector();
    await running.start();
    await until('1,200 facts', async () => (await store.count(1)) === 1_200);
    await until('caught up', async () =>
      running.status().runs[0].lag.every((topic) => topic.eventsBehind === 0),
    );
    const [run] = running.status().runs;
    expect(run).toMatchObject({
      version: 1,
      state: 'active',
      groupId: 'kpi-projector.v1',
      eventsRead: 1_200,
    });
    expect(run.factsWritten).toBe(1_200);
  });

  it('the same events written again (another group, as after lost offsets) leave the facts as they were', async () => {
    await projector('first').start();
    await until('1,200 facts', async () => (await store.count(1)) === 1_200);
    const once = await factsOf(store, 1);
    const again = projector('again');
    await again.start();
    await until('the second group read everything', async () => again.status().runs[0].eventsRead === 1_200);
    expect(await store.count(1)).toBe(1_200);
    expect(await factsOf(store, 1)).toEqual(once);
  });

  it('rebuilds into a new version while the old one serves, then switches to it: the same facts', async () => {
    const running = projector();
    await running.start();
    await until('1,200 facts', async () => (await store.count(1)) === 1_200);
    await expect(running.rebuild()).resolves.toEqual({ version: 2 });
    await expect(running.rebuild()).rejects.toMatchObject({ code: 'rebuild-in-progress' });
    // Events published during the rebuild reach both versions' groups.
    await bus.publish(TOPIC, [termination(1_201)]);
    await until('switched to version 2', async () => (await store.activeVersion()) === 2, 15_000);
    expect(running.status()).toMatchObject({ activeVersion: 2, runs: [{ version: 2, state: 'active' }] });
    expect(await store.count(2)).toBe(1_201);
    expect(await factsOf(store, 2)).toEqual(await factsOf(store, 1));
    expect((await store.versions()).map((v) => [v.version, v.state])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
  });
});
