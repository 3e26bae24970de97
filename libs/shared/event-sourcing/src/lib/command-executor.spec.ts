import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Actor, type Aggregate, DomainError } from '@sales/shared/domain';
import { PlatformMetrics } from '@sales/shared/observability';
import { CommandExecutor } from './command-executor';
import type { AppendRequest, EventStore } from './event-store.port';
import { storeWith } from './store-with';
import { FileEventStore } from './file-event-store';

type Ledger = { entries: number };
type LedgerCommand = { type: 'Record'; data: { n: number; refuse?: boolean } };
type LedgerEvent = { type: 'Recorded'; data: { n: number } };

/** Records every command as one event, so the stream shows the order the commands ran in. */
const ledger: Aggregate<Ledger, LedgerCommand, LedgerEvent> = {
  publish: (event) => [{ type: event.type, schemaVersion: 1, data: event.data }],
  initialState: () => ({ entries: 0 }),
  evolve: (state) => ({ entries: state.entries + 1 }),
  decide: (command) => {
    if (command.data.refuse) throw new DomainError('entry-refused', { n: command.data.n });
    return [{ type: 'Recorded', data: { n: command.data.n } }];
  },
};

const actor: Actor = { userId: 'u-1', role: 'sales_admin' };
const record = (n: number, refuse = false): LedgerCommand => ({ type: 'Record', data: { n, refuse } });

/** The store with hooks on reads and appends (a slow disk, another process writing first). */
function hooked(
  store: EventStore,
  hooks: {
    beforeRead?: (streamId: string) => Promise<void>;
    beforeAppend?: (request: AppendRequest) => Promise<void>;
  },
): EventStore {
  return storeWith(store, {
    readStream: async (streamId) => {
      await hooks.beforeRead?.(streamId);
      return store.readStream(streamId);
    },
    append: async (request) => {
      await hooks.beforeAppend?.(request);
      return store.append(request);
    },
  });
}

async function retriesCounted(metrics: PlatformMetrics): Promise<number> {
  return (await metrics.commandRetries.get()).values.reduce((sum, v) => sum + v.value, 0);
}

describe('CommandExecutor', () => {
  let dir: string;
  let store: FileEventStore;
  let metrics: PlatformMetrics;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'command-executor-'));
    store = await FileEventStore.open(dir, 'targets');
    metrics = new PlatformMetrics({ defaultMetrics: false });
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('queues 50 concurrent commands on one stream: 50 succeed on the first attempt, in arrival order, none conflicts', async () => {
    // No retry budget at all: a command that raced another in this process would be a 409.
    let nudges = 0;
    const executor = new CommandExecutor(store, metrics, () => (nudges += 1), { retries: 0, backoffMs: 1 });

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, n) => executor.execute(ledger, 'plan-1', record(n), actor)),
    );

    const ok = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const failed = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [(o.reason as { code?: string }).code] : [],
    );
    expect({ ok: ok.length, failed }).toEqual({ ok: 50, failed: [] });
    expect(ok.map((r) => r.attempts)).toEqual(Array(50).fill(1));
    expect(ok.map((r) => r.version)).toEqual(Array.from({ length: 50 }, (_, n) => n + 1));
    const stream = await store.readStream('plan-1');
    expect(stream.version).toBe(50);
    expect(stream.events.map((e) => (e.data as { n: number }).n)).toEqual(
      Array.from({ length: 50 }, (_, n) => n),
    );
    expect(await retriesCounted(metrics)).toBe(0);
    expect(nudges).toBe(50);
  });

  it('does not hold up other streams: a command stuck on one stream leaves another stream free', async () => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const slowOnA = hooked(store, {
      beforeRead: (streamId) => (streamId === 'a' ? stuck : Promise.resolve()),
    });
    const executor = new CommandExecutor(slowOnA, metrics, () => undefined, { retries: 0, backoffMs: 1 });

    const onA = executor.execute(ledger, 'a', record(1), actor);
    const onB = executor.execute(ledger, 'b', record(2), actor);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      onB.then(() => 'b done'),
      new Promise((resolve) => (timer = setTimeout(() => resolve('b waited for a'), 2000))),
    ]);
    clearTimeout(timer);
    expect(outcome).toBe('b done');
    expect((await store.readStream('a')).version).toBe(0);

    release();
    await expect(onA).resolves.toMatchObject({ version: 1 });
  });

  it('goes on with the next command on the stream after one fails', async () => {
    const executor = new CommandExecutor(store, metrics, () => undefined, { retries: 0, backoffMs: 1 });
    const outcomes = await Promise.allSettled([
      executor.execute(ledger, 's', record(0), actor),
      executor.execute(ledger, 's', record(1, true), actor),
      executor.execute(ledger, 's', record(2), actor),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { code: 'entry-refused' } });
    expect((await store.readStream('s')).events.map((e) => e.data)).toEqual([{ n: 0 }, { n: 2 }]);
  });

  it('retries a race lost to another writer within the configured budget, and counts the retries', async () => {
    let otherWrites = 2;
    const contended = hooked(store, {
      beforeAppend: async (request) => {
        if (otherWrites-- <= 0) return;
        await store.append({ ...request, events: [{ type: 'Recorded', data: { n: -1 } }] });
      },
    });
    const executor = new CommandExecutor(contended, metrics, () => undefined, { retries: 2, backoffMs: 1 });

    const result = await executor.execute(ledger, 's', record(7), actor);

    expect(result).toMatchObject({ attempts: 3, version: 3 });
    expect(await retriesCounted(metrics)).toBe(2);
    expect((await metrics.commandRetries.get()).values).toEqual([
      expect.objectContaining({ labels: { context: 'targets', command: 'Record' }, value: 2 }),
    ]);
  });

  it('answers a conflict once the budget is spent', async () => {
    const alwaysBeaten = hooked(store, {
      beforeAppend: async (request) => {
        const { version } = await store.readStream(request.streamId);
        await store.append({
          ...request,
          expectedVersion: version,
          events: [{ type: 'Recorded', data: { n: -1 } }],
        });
      },
    });
    const executor = new CommandExecutor(alwaysBeaten, metrics, () => undefined, {
      retries: 1,
      backoffMs: 1,
    });

    await expect(executor.execute(ledger, 's', record(7), actor)).rejects.toMatchObject({
      code: 'concurrency-conflict',
      details: { streamId: 's', attempts: 2 },
    });
    expect(await retriesCounted(metrics)).toBe(1);
  });
});
