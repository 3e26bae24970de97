import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventEnvelope, FileEventStore } from '@sales/shared/event-sourcing';
import { ReplicaDivergedError, StreamReplica } from './stream-replica';

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

  it('copies events at their upstream versions and ids, and skips redeliveries quietly', async () => {
    expect(await replica.apply(upstream(1))).toBe(true);
    expect(await replica.apply(upstream(2))).toBe(true);
    expect(await replica.apply(upstream(1))).toBe(false);
    expect(await replica.apply(upstream(2))).toBe(false);
    expect(replica.diverged).toBeUndefined();
    const events = await replica.read('org-tree');
    expect(events.map((e) => [e.id, e.version, e.type, (e.data as { personId: string }).personId])).toEqual([
      ['e-1', 1, 'PersonHired', 'p-1'],
      ['e-2', 2, 'PersonHired', 'p-2'],
    ]);
    expect(events[0]).toMatchObject({ actor: { userId: 'p-vp', role: 'vp' }, correlationId: 'c-1' });
  });

  it('refuses, and keeps refusing, once upstream was restored to an older copy and wrote other events over held versions', async () => {
    const upstreamDir = await mkdtemp(join(tmpdir(), 'upstream-'));
    const backupDir = await mkdtemp(join(tmpdir(), 'upstream-backup-'));
    const hire = (v: number) => ({
      streamId: 'org-tree',
      expectedVersion: v - 1,
      events: [{ type: 'PersonHired', data: { personId: `p-${v}` } }],
      metadata: { actor: { userId: 'p-vp', role: 'vp' as const }, correlationId: `c-${v}` },
    });
    try {
      // Upstream org store: a backup is taken at version 1, then it goes on to version 3.
      let org = await FileEventStore.open(upstreamDir, 'org');
      await org.append(hire(1));
      await org.close();
      await cp(upstreamDir, backupDir, { recursive: true });
      org = await FileEventStore.open(upstreamDir, 'org');
      await org.append(hire(2));
      await org.append(hire(3));
      const history = (await org.readStream('org-tree')).events;
      await org.close();
      for (const event of history) expect(await replica.apply(event)).toBe(true);

      // Upstream restored from the backup: its next event reuses version 2.
      const restored = await FileEventStore.open(backupDir, 'org');
      const [rewritten] = (
        await restored.append({
          streamId: 'org-tree',
          expectedVersion: 1,
          events: [{ type: 'PersonLeft', data: { personId: 'p-1' } }],
          metadata: { actor: { userId: 'p-vp', role: 'vp' }, correlationId: 'c-9' },
        })
      ).events;
      await restored.close();
      expect(rewritten.version).toBe(2);

      // The genuine redelivery of version 1 is still quiet; version 2 with another id is not.
      expect(await replica.apply(history[0])).toBe(false);
      const refusal = await replica.apply(rewritten).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(ReplicaDivergedError);
      expect(refusal).toMatchObject({
        code: 'replica-diverged',
        replica: 'targets.org-replica',
        streamId: 'org-tree',
        version: 2,
        heldEventId: history[1].id,
        upstreamEventId: rewritten.id,
      });
      expect(replica.diverged).toBe(refusal);
      // Nothing after the divergence is taken either, not even a new version.
      await expect(replica.apply(upstream(4, 'e-4'))).rejects.toBe(refusal);
      expect((await replica.read('org-tree')).map((e) => e.id)).toEqual(history.map((e) => e.id));
    } finally {
      await rm(upstreamDir, { recursive: true, force: true });
      await rm(backupDir, { recursive: true, force: true });
    }
  });

  it('recognises copies written before the replica kept upstream ids (the id was their causation id)', async () => {
    await store.append({
      streamId: 'org-tree',
      expectedVersion: 0,
      events: [{ type: 'PersonHired', data: { personId: 'p-1' } }],
      metadata: { actor: { userId: 'p-vp', role: 'vp' }, correlationId: 'c-1', causationId: 'e-1' },
    });
    expect(await replica.apply(upstream(1))).toBe(false);
    await expect(replica.apply(upstream(1, 'e-other'))).rejects.toBeInstanceOf(ReplicaDivergedError);
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
