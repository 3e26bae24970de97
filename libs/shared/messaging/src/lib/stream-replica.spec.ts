import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventEnvelope, FileEventStore } from '@sales/shared/event-sourcing';
import { StreamReplica } from './stream-replica';

const upstream = (version: number, id = `e-${version}`): EventEnvelope => ({
  id,
  context: 'org',
  streamId: 'org-tree',
  version,
  type: 'PersonHired',
  schemaVersion: 1,
  data: { personId: `p-${version}` },
  time: '2026-01-01T08:00:00+08:00',
  actor: { userId: 'p-vp', role: 'vp' },
  correlationId: 'c-1',
});

describe('stream replica', () => {
  let dir: string;
  let store: FileEventStore;
  let replica: StreamReplica;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'replica-'));
    store = await FileEventStore.open(dir, 'targets-org-replica');
    replica = new StreamReplica(store, 'sales.org.events', 'targets.org-replica');
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies events at their upstream versions and skips redeliveries', async () => {
    expect(await replica.apply(upstream(1))).toBe(true);
    expect(await replica.apply(upstream(2))).toBe(true);
    expect(await replica.apply(upstream(1))).toBe(false);
    expect(await replica.apply(upstream(2))).toBe(false);
    const events = await replica.read('org-tree');
    expect(events.map((e) => [e.version, e.type, (e.data as { personId: string }).personId, e.causationId])).toEqual([
      [1, 'PersonHired', 'p-1', 'e-1'],
      [2, 'PersonHired', 'p-2', 'e-2'],
    ]);
    expect(events[0].actor).toEqual({ userId: 'p-vp', role: 'vp' });
  });

  it('refuses to skip a version, so the bus retries instead of losing an event', async () => {
    await replica.apply(upstream(1));
    await expect(replica.apply(upstream(3))).rejects.toThrow(/at version 1/);
    expect((await store.readStream('org-tree')).version).toBe(1);
  });

  it('never offers its copies to the outbox', async () => {
    await replica.apply(upstream(1));
    expect(await store.unpublished(10)).toEqual([]);
  });
});
