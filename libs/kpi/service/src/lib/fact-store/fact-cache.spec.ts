import type { KpiFact } from '@sales/kpi/projections';
import { FactCache } from './fact-cache';
import { mixedFacts, sale, visit } from './fact-store.fixture';
import type { FactStore } from './fact-store.port';
import { MemoryFactStore } from './memory-fact-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(what: string, condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

const ids = (facts: readonly KpiFact[]) => facts.map((fact) => fact.factId).sort();

describe('FactCache', () => {
  let store: MemoryFactStore;
  let cache: FactCache;

  beforeEach(() => {
    store = new MemoryFactStore();
  });

  afterEach(() => cache.stop());

  it('answers from the active version and sees facts stored later, in the background', async () => {
    await store.upsert(1, [sale(1), visit(2)]);
    cache = new FactCache(store, { refreshMs: 10 });
    const first = await cache.snapshot();
    expect(first.version).toBe(1);
    expect(ids(first.of('sale'))).toEqual([sale(1).factId]);
    expect(first.byId(visit(2).factId)).toEqual(visit(2));

    cache.start();
    await store.upsert(1, [sale(3)]);
    await sleep(50);
    const spy = jest.spyOn(store, 'changesSince');
    const later = await cache.snapshot();
    expect(ids(later.of('sale'))).toEqual([sale(1).factId, sale(3).factId]);
    // The first snapshot stays as it was.
    expect(ids(first.of('sale'))).toEqual([sale(1).factId]);
    expect(first.byId(sale(3).factId)).toBeUndefined();
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('refreshes on demand once the last refresh is older than refreshMs, and not sooner', async () => {
    cache = new FactCache(store, { refreshMs: 40 });
    await cache.snapshot();
    await store.upsert(1, [sale(1)]);
    expect((await cache.snapshot()).of('sale')).toEqual([]);
    await sleep(45);
    expect((await cache.snapshot()).of('sale')).toEqual([sale(1)]);
  });

  it('keeps the snapshot, and the arrays of kinds nothing changed in, when little or nothing changed', async () => {
    await store.upsert(1, [sale(1), visit(2)]);
    cache = new FactCache(store, { refreshMs: 0 });
    const first = await cache.snapshot();
    await store.upsert(1, [sale(1)]);
    expect(await cache.snapshot()).toBe(first);
    await store.upsert(1, [sale(4)]);
    const second = await cache.snapshot();
    expect(second).not.toBe(first);
    expect(second.of('visit')).toBe(first.of('visit'));
    expect(second.of('sale')).toHaveLength(2);
    const changed = { ...sale(1), amountMinor: 5 };
    await store.upsert(1, [changed]);
    const third = await cache.snapshot();
    expect(third.byId(changed.factId)).toEqual(changed);
    expect(second.byId(changed.factId)).toEqual(sale(1));
    expect(third.of('sale')).toEqual([changed, sale(4)]);
  });

  it('follows a switch to a rebuilt version', async () => {
    await store.upsert(1, [sale(1)]);
    cache = new FactCache(store, { refreshMs: 5 });
    cache.start();
    expect((await cache.snapshot()).version).toBe(1);
    const version = await store.createVersion();
    await store.upsert(version, mixedFacts(30));
    await store.switchTo(version);
    await eventually('the rebuilt version', async () => (await cache.snapshot()).version === version);
    const snapshot = await cache.snapshot();
    // Version 1's facts are not in it.
    expect(snapshot.byId(sale(1).factId)).toBeUndefined();
    expect(ids([...snapshot.of('sale'), ...snapshot.of('payment'), ...snapshot.of('visit')])).toHaveLength(
      18,
    );
    await store.upsert(version, [sale(100)]);
    await eventually('facts of the new version', async () =>
      (await cache.snapshot()).of('sale').some((fact) => fact.factId === sale(100).factId),
    );
  });

  it('never shows a half-loaded version: the old one answers until the new one is complete', async () => {
    await store.upsert(1, [sale(1)]);
    const version = await store.createVersion();
    await store.upsert(version, mixedFacts(50));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: FactStore = Object.assign(Object.create(store) as FactStore, {
      changesSince: async (v: number, cursor: string | null, limit?: number) => {
        if (v === version && cursor !== null) await gate;
        return store.changesSince(v, cursor, limit);
      },
    });
    cache = new FactCache(gated, { refreshMs: 0, pageSize: 7 });
    expect((await cache.snapshot()).version).toBe(1);
    await store.switchTo(version);
    try {
      for (let i = 0; i < 20; i++) {
        const snapshot = await cache.snapshot();
        expect(snapshot.version).toBe(1);
        expect(snapshot.of('sale')).toEqual([sale(1)]);
        await sleep(2);
      }
    } finally {
      release();
    }
    await eventually('the rebuilt version', async () => (await cache.snapshot()).version === version);
    const loaded = await cache.snapshot();
    const all = (['sale', 'payment', 'visit', 'org-change', 'targets'] as const).flatMap((kind) =>
      loaded.of(kind),
    );
    expect(ids(all)).toEqual(ids(mixedFacts(50)));
  });
});
