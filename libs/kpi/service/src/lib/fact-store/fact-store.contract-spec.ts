import type { KpiFact } from '@sales/kpi/projections';
import { mixedFacts, payment, sale, targets, visit } from './fact-store.fixture';
import type { FactStore } from './fact-store.port';

/** One isolated storage (a collection prefix, a fresh map); every `open` is another process on it. */
export type FactStoreHarness = {
  open(): Promise<FactStore>;
  dispose(): Promise<void>;
};

type Poll = { facts: KpiFact[]; cursor: string | null; pages: number };

/** Reads pages until `more` is false, starting at `cursor`. */
export async function readChanges(
  store: FactStore,
  version: number,
  cursor: string | null,
  limit?: number,
): Promise<Poll> {
  const facts: KpiFact[] = [];
  let pages = 0;
  for (;;) {
    const changes = await store.changesSince(version, cursor, limit);
    if (limit !== undefined) expect(changes.facts.length).toBeLessThanOrEqual(limit);
    facts.push(...changes.facts);
    cursor = changes.cursor;
    pages++;
    if (!changes.more) return { facts, cursor, pages };
  }
}

async function collect(facts: AsyncIterable<KpiFact>): Promise<KpiFact[]> {
  const all: KpiFact[] = [];
  for await (const fact of facts) all.push(fact);
  return all;
}

const ids = (facts: readonly KpiFact[]) => facts.map((fact) => fact.factId);
const byId = (a: KpiFact, b: KpiFact) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0);

/** The behaviour every FactStore adapter must show (fact-store.port.ts). */
export function describeFactStoreContract(name: string, harness: () => Promise<FactStoreHarness>): void {
  describe(`${name} (FactStore contract)`, () => {
    let storage: FactStoreHarness;
    let store: FactStore;

    beforeEach(async () => {
      storage = await harness();
      store = await storage.open();
    });

    afterEach(async () => {
      await store.close();
      await storage.dispose();
    });

    it('keeps one document per factId: storing the same facts again changes nothing', async () => {
      const facts = mixedFacts(60);
      await store.upsert(1, facts.slice(0, 30));
      await store.upsert(1, facts.slice(30));
      const once = await collect(store.all(1));
      const { cursor } = await readChanges(store, 1, null);

      await store.upsert(1, [...facts].reverse());
      await store.upsert(1, facts.slice(10, 20));

      expect(await store.count(1)).toBe(60);
      expect(await collect(store.all(1))).toEqual(once);
      expect(once).toEqual([...facts].sort(byId));
      // An equal fact stored again is not a change a reader has to read.
      expect((await readChanges(store, 1, cursor)).facts).toEqual([]);
    });

    it('replaces a fact whose content changed, and hands it out again', async () => {
      const before = sale(1);
      await store.upsert(1, [before, sale(2)]);
      const { cursor } = await readChanges(store, 1, null);
      const after = { ...before, amountMinor: before.amountMinor + 100 };
      await store.upsert(1, [after]);
      expect((await readChanges(store, 1, cursor)).facts).toEqual([after]);
      expect(await collect(store.all(1))).toEqual([after, sale(2)]);
    });

    it('pages through every fact with `more`', async () => {
      const facts = mixedFacts(2_300);
      for (let i = 0; i < facts.length; i += 500) await store.upsert(1, facts.slice(i, i + 500));
      const poll = await readChanges(store, 1, null, 300);
      expect(poll.pages).toBeGreaterThanOrEqual(8);
      expect(new Set(ids(poll.facts)).size).toBe(2_300);
      expect([...poll.facts].sort(byId)).toEqual([...facts].sort(byId));
      expect((await store.changesSince(1, poll.cursor, 300)).facts).toEqual([]);
    });

    it('answers facts stored after a cursor in the next call, and only those', async () => {
      await store.upsert(1, mixedFacts(20));
      const first = await readChanges(store, 1, null);
      expect(first.facts).toHaveLength(20);
      const later = mixedFacts(7, 20);
      await store.upsert(1, later);
      const next = await readChanges(store, 1, first.cursor);
      expect([...next.facts].sort(byId)).toEqual([...later].sort(byId));
      expect((await readChanges(store, 1, next.cursor)).facts).toEqual([]);
    });

    it('lets a poller that started before them see every fact of several racing writers', async () => {
      const writers = await Promise.all([1, 2, 3, 4].map(() => storage.open()));
      const shared = sale(999_999);
      const perWriter = mixedFacts(4 * 480).reduce<KpiFact[][]>((split, fact, i) => {
        (split[Math.floor(i / 480)] ??= []).push(fact);
        return split;
      }, []);
      const expected = new Set([...ids(perWriter.flat()), shared.factId]);
      let { cursor } = await readChanges(store, 1, null);
      const seen = new Set<string>();
      let writing = true;
      const deadline = Date.now() + 30_000;
      const poller = (async () => {
        while (Date.now() < deadline) {
          const stillWriting = writing;
          const poll = await readChanges(store, 1, cursor, 97);
          for (const fact of poll.facts) seen.add(fact.factId);
          cursor = poll.cursor;
          if (!stillWriting && seen.size >= expected.size) return;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      await Promise.all(
        writers.map(async (writer, w) => {
          // Every batch of every writer also stores one fact the others store too: equal content, racing.
          for (let b = 0; b < 12; b++)
            await writer.upsert(1, [...perWriter[w].slice(b * 40, b * 40 + 40), shared]);
        }),
      );
      writing = false;
      await poller;
      expect([...seen].sort()).toEqual([...expected].sort());
      expect(await store.count(1)).toBe(expected.size);
      await Promise.all(writers.map((writer) => writer.close()));
    });

    it('starts a fresh store at version 1, active', async () => {
      expect(await store.activeVersion()).toBe(1);
      expect(await store.versions()).toEqual([
        { version: 1, state: 'active', createdAt: expect.any(String) },
      ]);
    });

    it('builds a new version beside the active one, switches, and retires the old', async () => {
      await store.upsert(1, [sale(1)]);
      const version = await store.createVersion();
      expect(version).toBe(2);
      expect(await store.versions()).toEqual([
        expect.objectContaining({ version: 1, state: 'active' }),
        expect.objectContaining({ version: 2, state: 'building' }),
      ]);
      expect(await store.count(2)).toBe(0);
      await store.upsert(2, [sale(1), visit(2)]);
      expect(await store.count(1)).toBe(1);
      expect(await store.activeVersion()).toBe(1);

      await store.switchTo(2);
      expect(await store.activeVersion()).toBe(2);
      expect((await store.versions()).map(({ version, state }) => [version, state])).toEqual([
        [1, 'retired'],
        [2, 'active'],
      ]);
      expect(new Date((await store.versions())[1].createdAt).toISOString()).toBe(
        (await store.versions())[1].createdAt,
      );
    });

    it('refuses to drop the active version and drops a retired one', async () => {
      await expect(store.dropVersion(1)).rejects.toMatchObject({ code: 'fact-version-active' });
      await store.upsert(1, [sale(1)]);
      const version = await store.createVersion();
      await store.switchTo(version);
      await expect(store.dropVersion(version)).rejects.toMatchObject({ code: 'fact-version-active' });
      await store.dropVersion(1);
      expect((await store.versions()).map((v) => v.version)).toEqual([version]);
      await expect(store.count(1)).rejects.toMatchObject({ code: 'fact-version-unknown' });
      // Numbers are never reused.
      expect(await store.createVersion()).toBe(version + 1);
    });

    it('gives every caller of createVersion its own number, also when they race', async () => {
      const others = await Promise.all([1, 2].map(() => storage.open()));
      const numbers = await Promise.all(
        [store, ...others].flatMap((s) => [s.createVersion(), s.createVersion(), s.createVersion()]),
      );
      expect([...numbers].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await store.activeVersion()).toBe(1);
    });

    it('lists every fact in factId order', async () => {
      const facts = mixedFacts(40);
      const shuffled = [...facts].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
      await store.upsert(1, shuffled.slice(0, 13));
      await store.upsert(1, shuffled.slice(13));
      expect(ids(await collect(store.all(1)))).toEqual(ids(facts).sort());
    });

    it('gives back exactly what was written: numbers, nested arrays, nulls, and nothing of its own', async () => {
      const written: KpiFact[] = [
        sale(7),
        payment(8),
        payment(9, 'pay-8'),
        targets(10),
        { ...visit(11), coachId: null, divisionId: null },
      ];
      await store.upsert(1, written);
      const all = await collect(store.all(1));
      const changes = (await readChanges(store, 1, null)).facts.sort(byId);
      for (const read of [all, changes]) {
        expect(read).toEqual([...written].sort(byId));
        for (const [i, fact] of read.entries()) {
          expect(Object.keys(fact).sort()).toEqual(Object.keys([...written].sort(byId)[i]).sort());
        }
      }
      expect(all.find((fact) => fact.factId === payment(8).factId)).toMatchObject({
        amountMinor: 9_007_199_254_740_991 - 8,
      });
    });

    it('hands out copies: changing what was read or written changes nothing stored', async () => {
      const fact = sale(3);
      await store.upsert(1, [fact]);
      (fact as { amountMinor: number }).amountMinor = 1;
      const [read] = await collect(store.all(1));
      (read as unknown as { lines: unknown[] }).lines.length = 0;
      expect(await collect(store.all(1))).toEqual([sale(3)]);
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
