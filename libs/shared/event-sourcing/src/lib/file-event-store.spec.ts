import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMetadata } from './event-envelope';
import { type EventStoreHarness, describeEventStoreContract } from './event-store.contract-spec';
import { FileEventStore, type StoreLog } from './file-event-store';
import { CorruptLogError } from './json-lines-log';
import { StoreLockedError } from './directory-lock';

const CONTEXT = 'contracts';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'file-event-store-'));
}

async function storedLines(dir: string, file = 'commits.jsonl'): Promise<any[]> {
  const text = await readFile(join(dir, CONTEXT, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

describeEventStoreContract('FileEventStore', async (): Promise<EventStoreHarness> => {
  const dir = await tempDir();
  return {
    open: (options) => FileEventStore.open(dir, CONTEXT, options),
    storedEvents: async (streamId) =>
      (await storedLines(dir))
        .filter((commit) => commit.streamId === streamId)
        .flatMap((commit) =>
          commit.events.map(({ type, schemaVersion, data }: any) => ({ type, schemaVersion, data })),
        ),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('FileEventStore on disk', () => {
  const metadata: EventMetadata = { actor: { userId: 'u-1', role: 'admin' }, correlationId: 'c-1' };
  let dir: string;
  const open: FileEventStore[] = [];
  let warnings: Array<{ fields: Record<string, unknown>; message: string }>;
  const log: StoreLog = { warn: (fields, message) => warnings.push({ fields, message }) };

  async function openStore(): Promise<FileEventStore> {
    const store = await FileEventStore.open(dir, CONTEXT, { log });
    open.push(store);
    return store;
  }

  beforeEach(async () => {
    dir = await tempDir();
    warnings = [];
  });

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged commit and outbox mark across reopen', async () => {
    const first = await openStore();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        first
          .append({
            streamId: `s-${i % 4}`,
            expectedVersion: 0,
            events: [{ type: 'Added', data: { i } }],
            metadata,
          })
          .catch(() => undefined),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(4);
    const before = await first.readStream('s-2');
    await first.markPublished([{ streamId: 's-0', fromVersion: 0 }]);
    await first.close();

    const second = await openStore();
    expect(await second.readStream('s-2')).toEqual(before);
    expect((await second.unpublished(10)).map((c) => c.streamId)).toEqual(['s-1', 's-2', 's-3']);
    const next = await second.append({
      streamId: 's-2',
      expectedVersion: 1,
      events: [{ type: 'Added', data: {} }],
      metadata,
    });
    expect(next.nextExpectedVersion).toBe(2);
  });

  it('reads a commit written before published events were stored apart as publishing all its events', async () => {
    dir = await tempDir();
    await mkdir(join(dir, CONTEXT), { recursive: true });
    const legacy = {
      streamId: 'old',
      fromVersion: 0,
      toVersion: 2,
      events: [1, 2].map((version) => ({
        id: `e-${version}`,
        context: CONTEXT,
        streamId: 'old',
        version,
        type: 'Added',
        schemaVersion: 1,
        data: { by: version },
        time: '2026-01-01T00:00:00.000Z',
        actor: metadata.actor,
        correlationId: 'c-old',
      })),
      committedAt: '2026-01-01T00:00:00.000Z',
    };
    await writeFile(join(dir, CONTEXT, 'commits.jsonl'), `${JSON.stringify(legacy)}\n`);
    const store = await FileEventStore.open(dir, CONTEXT);
    try {
      const read = await store.readStream('old');
      expect([read.version, read.publishedVersion]).toEqual([2, 2]);
      const [commit] = await store.unpublished(10);
      expect(commit.published.map((e) => e.id)).toEqual(['e-1', 'e-2']);
      // The next commit continues the published sequence where the old events left it.
      const next = await store.append({
        streamId: 'old',
        expectedVersion: 2,
        events: [{ type: 'Added', data: { by: 3 } }],
        published: {
          expectedVersion: read.publishedVersion,
          events: [{ type: 'Added', schemaVersion: 1, data: {} }],
        },
        metadata,
      });
      expect(next.published.map((e) => e.version)).toEqual([3]);
    } finally {
      await store.close();
    }
  });

  it('drops a torn trailing line left by a crash and keeps appending after it', async () => {
    const store = await openStore();
    await store.append({
      streamId: 's',
      expectedVersion: 0,
      events: [{ type: 'Added', data: { n: 1 } }],
      metadata,
    });
    await store.append({
      streamId: 's',
      expectedVersion: 1,
      events: [{ type: 'Added', data: { n: 2 } }],
      metadata,
    });
    await store.markPublished([{ streamId: 's', fromVersion: 0 }]);
    await store.close();
    open.splice(0);
    const commits = join(dir, CONTEXT, 'commits.jsonl');
    const intact = (await stat(commits)).size;
    await appendFile(commits, '{"streamId":"s","fromVersion":2,"toVersion":3,"ev');
    await appendFile(join(dir, CONTEXT, 'published.jsonl'), '{"streamId":"s","fromVer');

    const reopened = await openStore();
    expect((await stat(commits)).size).toBe(intact);
    expect(warnings).toEqual([
      {
        fields: {
          context: CONTEXT,
          path: commits,
          droppedBytes: '{"streamId":"s","fromVersion":2,"toVersion":3,"ev'.length,
          lastKept: { streamId: 's', version: 2 },
        },
        message: expect.stringMatching(/truncated an incomplete last line/),
      },
      {
        fields: {
          context: CONTEXT,
          path: join(dir, CONTEXT, 'published.jsonl'),
          droppedBytes: '{"streamId":"s","fromVer'.length,
          lastKept: { streamId: 's', publishedFromVersion: 0 },
        },
        message: expect.stringMatching(/truncated an incomplete last line/),
      },
    ]);
    expect((await reopened.readStream('s')).events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
    expect((await reopened.unpublished(10)).map((c) => c.fromVersion)).toEqual([1]);
    await reopened.append({
      streamId: 's',
      expectedVersion: 2,
      events: [{ type: 'Added', data: { n: 3 } }],
      metadata,
    });
    await reopened.markPublished([{ streamId: 's', fromVersion: 1 }]);
    await reopened.close();
    open.splice(0);

    expect((await storedLines(dir)).map((c) => c.fromVersion)).toEqual([0, 1, 2]);
    expect(await storedLines(dir, 'published.jsonl')).toEqual([
      { streamId: 's', fromVersion: 0 },
      { streamId: 's', fromVersion: 1 },
    ]);
    const again = await openStore();
    expect(warnings).toHaveLength(2);
    expect((await again.readStream('s')).version).toBe(3);
    expect((await again.unpublished(10)).map((c) => c.fromVersion)).toEqual([2]);
  });

  it('reports a torn tail with nothing kept before it on stderr when given no log', async () => {
    await mkdir(join(dir, CONTEXT), { recursive: true });
    await writeFile(join(dir, CONTEXT, 'commits.jsonl'), '{"streamId":"s","fromVer');
    const stderr = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      open.push(await FileEventStore.open(dir, CONTEXT));
      expect(stderr).toHaveBeenCalledTimes(1);
      expect(JSON.parse(stderr.mock.calls[0][0] as string)).toMatchObject({
        level: 'warn',
        context: CONTEXT,
        droppedBytes: 24,
        lastKept: null,
      });
    } finally {
      stderr.mockRestore();
    }
  });

  it('refuses to open a log damaged in the middle instead of silently losing commits', async () => {
    const store = await openStore();
    await store.append({
      streamId: 's',
      expectedVersion: 0,
      events: [{ type: 'Added', data: {} }],
      metadata,
    });
    await store.close();
    open.splice(0);
    const commits = join(dir, CONTEXT, 'commits.jsonl');
    const good = await readFile(commits, 'utf8');
    await writeFile(commits, `${good}{not json}\n${good}`);

    const error = await FileEventStore.open(dir, CONTEXT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptLogError);
    expect(error).toMatchObject({ code: 'corrupt-event-log', line: 2 });
    // The failed open let go of the directory.
    await writeFile(commits, good);
    expect((await (await openStore()).readStream('s')).version).toBe(1);
  });

  it('does not let a second store write to an open directory', async () => {
    const store = await openStore();
    await expect(FileEventStore.open(dir, CONTEXT)).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    open.splice(0);
    await expect(openStore()).resolves.toBeInstanceOf(FileEventStore);
  });

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const first = await openStore();
    await first.close();
    open.splice(0);
    await writeFile(join(dir, CONTEXT, 'lock'), String(dead));
    const store = await openStore();
    expect(await readFile(join(dir, CONTEXT, 'lock'), 'utf8')).toBe(String(process.pid));
    await store.close();
    open.splice(0);
  });

  it('stores a copy of the event data, not the caller object', async () => {
    const store = await openStore();
    const data = { lines: ['a'] };
    await store.append({ streamId: 's', expectedVersion: 0, events: [{ type: 'Added', data }], metadata });
    data.lines.push('b');
    expect((await store.readStream('s')).events[0].data).toEqual({ lines: ['a'] });
  });

  it('rejects calls after close', async () => {
    const store = await openStore();
    await store.close();
    open.splice(0);
    await expect(
      store.append({ streamId: 's', expectedVersion: 0, events: [{ type: 'A', data: {} }], metadata }),
    ).rejects.toThrow(/closed/);
    await expect(store.ping()).rejects.toThrow(/closed/);
  });
});
