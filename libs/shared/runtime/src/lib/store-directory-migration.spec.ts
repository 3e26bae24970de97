import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@sales/shared/config';
import { type EventMetadata, FileEventStore, StoreLockedError } from '@sales/shared/event-sourcing';
import { createEventStore } from './adapters';

const metadata: EventMetadata = { actor: { userId: 'u-1', role: 'admin' }, correlationId: 'c-1' };

describe('standalone store directory', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'data-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = (log?: { warn: jest.Mock }) =>
    createEventStore(loadConfig({ DATA_DIR: dataDir }), null, 'targets', [], log);

  /** A store as the earlier version wrote it: `<dataDir>/targets/targets/…`, one commit published. */
  async function writeDoubledStore(): Promise<void> {
    const old = await FileEventStore.open(join(dataDir, 'targets'), 'targets');
    for (let v = 0; v < 2; v++) {
      await old.append({
        streamId: 'plan-2026',
        expectedVersion: v,
        events: [{ type: 'Set', data: { v } }],
        metadata,
      });
    }
    await old.markPublished([{ streamId: 'plan-2026', fromVersion: 0 }]);
    await old.close();
  }

  it('keeps a context directly under the data directory', async () => {
    const store = await open();
    await store.append({ streamId: 's', expectedVersion: 0, events: [{ type: 'A', data: {} }], metadata });
    await store.close();
    expect((await readdir(join(dataDir, 'targets'))).sort()).toEqual(['commits.jsonl', 'published.jsonl']);
  });

  it('moves a store from the doubled directory of an earlier version, history and outbox intact, once', async () => {
    await writeDoubledStore();
    const log = { warn: jest.fn() };
    const store = await open(log);
    expect((await store.readStream('plan-2026')).events.map((e) => e.data)).toEqual([{ v: 0 }, { v: 1 }]);
    expect((await store.unpublished(10)).map((c) => c.fromVersion)).toEqual([1]);
    await store.close();
    expect((await readdir(join(dataDir, 'targets'))).sort()).toEqual(['commits.jsonl', 'published.jsonl']);
    expect(log.warn).toHaveBeenCalledWith(
      expect.objectContaining({
        context: 'targets',
        files: expect.arrayContaining(['commits.jsonl', 'published.jsonl']),
      }),
      expect.stringMatching(/moved up/),
    );

    const again = await open(log);
    expect((await again.readStream('plan-2026')).version).toBe(2);
    await again.close();
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('finishes a move that a crash interrupted', async () => {
    await writeDoubledStore();
    await rename(
      join(dataDir, 'targets', 'targets', 'commits.jsonl'),
      join(dataDir, 'targets', 'commits.jsonl'),
    );
    const store = await open();
    expect((await store.readStream('plan-2026')).version).toBe(2);
    expect((await store.unpublished(10)).map((c) => c.fromVersion)).toEqual([1]);
    await store.close();
  });

  it('refuses to choose when both places hold a log', async () => {
    await writeDoubledStore();
    await writeFile(join(dataDir, 'targets', 'commits.jsonl'), '');
    await expect(open()).rejects.toThrow(/both hold commits\.jsonl/);
  });

  it('leaves a doubled directory alone while a live store still owns it', async () => {
    await mkdir(join(dataDir, 'targets'), { recursive: true });
    const old = await FileEventStore.open(join(dataDir, 'targets'), 'targets');
    try {
      await expect(open()).rejects.toBeInstanceOf(StoreLockedError);
    } finally {
      await old.close();
    }
  });
});
