import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { customerGradeStreamId } from '@sales/customers/domain';
import { SettableClock } from '@sales/shared/domain';
import { CommandExecutor, FileEventStore } from '@sales/shared/event-sourcing';
import { PlatformMetrics } from '@sales/shared/observability';
import type { ContextRuntime } from '@sales/shared/runtime';
import type { CustomersOrgReader } from '../org/customers-org.reader';
import type { CustomerDirectory, CustomerSummary } from '../registry/customer-directory';
import { GradeIndex } from './grade-index';
import { GradingPolicyService } from './grading-policy.service';
import { GradingScheduler } from './grading-scheduler';
import { GradingService } from './grading.service';

const yuan = (amount: number) => amount * 100;
const silent = { error: () => undefined, info: () => undefined } as unknown as Logger;
const vp = { userId: 'p-vp', role: 'vp' as const };

const directory = {
  find: async (customerId: string): Promise<CustomerSummary> => ({
    customerId,
    name: customerId,
    status: 'active',
    ownerId: 'p-li',
    divisionId: 'd-east',
    registeredOn: '2026-01-01',
  }),
  all: async () => [],
} as CustomerDirectory;

/**
 * One customers-service replica as grading sees it: its own command executor (so two replicas
 * race on appends as two processes do, and the loser decides again), its own grade index and
 * clock, over the one store they share.
 */
function replica(store: FileEventStore, day: string) {
  const clock = new SettableClock(new Date(`${day}T09:00:00+08:00`));
  const commands = new CommandExecutor(store, new PlatformMetrics(), () => undefined, {
    retries: 10,
    backoffMs: 1,
  });
  const runtime = { store, commands } as unknown as ContextRuntime;
  const policies = new GradingPolicyService(runtime, clock);
  const index = new GradeIndex(store);
  const grading = new GradingService(runtime, clock, policies, directory, {} as CustomersOrgReader, index);
  const scheduler = new GradingScheduler(grading, policies, index, clock, silent, { intervalMs: 0 });
  return { clock, policies, grading, scheduler };
}

describe('GradingScheduler: the daily slide and policy re-grading, two replicas at once (C2)', () => {
  let dir: string;
  let store: FileEventStore;
  let a: ReturnType<typeof replica>;
  let b: ReturnType<typeof replica>;

  const changes = async (customerId: string) =>
    (await store.readStream(customerGradeStreamId(customerId))).events
      .filter((e) => e.type === 'GradeChanged')
      .map((e) => {
        const { previousGrade, grade, reason } = e.data as Record<string, unknown>;
        return { previousGrade, grade, reason };
      });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'grading-scheduler-'));
    store = await FileEventStore.open(dir, 'customers');
    a = replica(store, '2026-03-10');
    b = replica(store, '2026-03-10');
    await a.grading.activate({ customerId: 'c-1', contractId: 'k-1', activatedOn: '2026-01-05' });
    await a.grading.recordPayment({
      paymentId: 'pay-1',
      customerId: 'c-1',
      amountMinor: yuan(400_000),
      currency: 'CNY',
      receivedOn: '2026-03-10',
    });
    await a.grading.recordPayment({
      paymentId: 'pay-2',
      customerId: 'c-2',
      amountMinor: yuan(60_000),
      currency: 'CNY',
      receivedOn: '2026-03-10',
    });
    await a.grading.activate({ customerId: 'c-3', contractId: 'k-3', activatedOn: '2026-03-01' });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('both replicas review the same day at once: each grade falls exactly once, with the slide date', async () => {
    for (const r of [a, b]) r.clock.set('2027-03-10T00:05:00+08:00');
    const runs = await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce()]);
    expect(runs.map((r) => r.reviewed)).toEqual([3, 3]);
    expect(runs[0].changed + runs[1].changed).toBe(2);
    const slide = { kind: 'window-slide', ref: '2027-03-10' };
    expect((await changes('c-1')).at(-1)).toEqual({ previousGrade: 'B', grade: 'D', reason: slide });
    expect((await changes('c-2')).at(-1)).toEqual({ previousGrade: 'C', grade: 'D', reason: slide });
    expect(await changes('c-3')).toHaveLength(1);
    expect(await a.scheduler.runOnce()).toMatchObject({ skipped: true, reviewed: 0 });
  });

  it('a replica whose clock is still on yesterday does not undo the slide', async () => {
    a.clock.set('2027-03-10T00:00:10+08:00');
    b.clock.set('2027-03-09T23:59:50+08:00');
    expect((await a.scheduler.runOnce()).changed).toBe(2);
    expect(await b.scheduler.runOnce()).toMatchObject({ reviewed: 3, changed: 0 });
    expect((await changes('c-1')).map((c) => c.grade)).toEqual(['D', 'B', 'D']);
  });

  it('the days before the payment leaves the window change nothing', async () => {
    for (const day of ['2026-09-01', '2027-03-09']) {
      a.clock.set(`${day}T09:00:00+08:00`);
      expect(await a.scheduler.runOnce()).toMatchObject({ today: day, reviewed: 3, changed: 0 });
    }
  });

  it('a new policy re-grades every graded customer once, naming its version, whichever replica runs', async () => {
    await a.scheduler.runOnce();
    await b.scheduler.runOnce();
    await a.policies.set(
      { windowMonths: 12, thresholds: { A: yuan(1_000_000), B: yuan(500_000), C: yuan(100_000) } },
      vp,
    );
    const runs = await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce()]);
    expect(runs.map((r) => r.policyVersion)).toEqual([1, 1]);
    expect(runs[0].changed + runs[1].changed).toBe(2);
    const policy = { kind: 'policy', ref: '1' };
    expect((await changes('c-1')).at(-1)).toEqual({ previousGrade: 'B', grade: 'C', reason: policy });
    expect((await changes('c-2')).at(-1)).toEqual({ previousGrade: 'C', grade: 'D', reason: policy });
    const c3 = (await store.readStream(customerGradeStreamId('c-3'))).events.map((e) => e.type);
    expect(c3.filter((t) => t === 'GradingPolicyApplied')).toHaveLength(1);
  });
});
