import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orgTreeDecider } from '@sales/org/domain';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { FileEventStore, handleCommand } from '@sales/shared/event-sourcing';
import { standaloneApp } from './standalone.app';

/**
 * Standalone's bus lives in memory. An event the outbox had already published when the process
 * died, but that no consumer had handled yet, must still reach them after the restart.
 */
describe('standalone restart: nothing published is lost to the other contexts', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('replays the org history that was marked published but never delivered', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'restart-'));
    const org = await FileEventStore.open(join(dataDir, 'org'), 'org');
    const metadata = { actor: { userId: 'p-admin', role: 'admin' as const }, correlationId: 'c-restart' };
    await handleCommand({
      store: org,
      decider: orgTreeDecider,
      streamId: 'org-tree',
      metadata,
      command: {
        type: 'HirePerson',
        data: {
          actor: metadata.actor,
          today: '2026-01-01',
          personId: 'p-vp',
          name: '王建国',
          role: 'vp',
          effectiveOn: '2026-01-01',
        },
      },
    });
    const vp = { userId: 'p-vp', role: 'vp' as const };
    await handleCommand({
      store: org,
      decider: orgTreeDecider,
      streamId: 'org-tree',
      metadata,
      command: {
        type: 'CreateDivision',
        data: {
          actor: vp,
          today: '2026-01-01',
          divisionId: 'd-east',
          code: 'EAST',
          name: '华东事业部',
          effectiveOn: '2026-01-01',
        },
      },
    });
    await org.markPublished(await org.unpublished(100));
    expect(await org.unpublished(100)).toEqual([]);
    await org.close();

    harness = await startApp(standaloneApp, { DATA_DIR: dataDir });
    expect(
      (
        await harness.request('POST', '/targets/plans', {
          actor: vp,
          body: { fiscalYear: 2026, currency: 'CNY' },
        })
      ).status,
    ).toBe(201);
    const set = await eventually(async () => {
      const response = await harness!.request('PUT', '/targets/plans/2026/nodes/division:d-east', {
        actor: vp,
        body: { targets: { salesAmount: { realistic: 100, stretch: 120 } } },
      });
      if (response.status !== 200)
        throw new Error(`targets does not know 华东事业部 yet: ${JSON.stringify(response.body)}`);
      return response;
    }, 10_000);
    expect(set.body.events.map((e: { type: string }) => e.type)).toEqual(['TargetsSet']);
  });
});
