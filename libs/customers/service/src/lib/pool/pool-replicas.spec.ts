import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { OrgTree, OrgTreePerson } from '@sales/org/events';
import { type CustomerCommand, type ExistingCustomer } from '@sales/customers/domain';
import { type Actor, type Role, SettableClock } from '@sales/shared/domain';
import { CommandExecutor, FileEventStore } from '@sales/shared/event-sourcing';
import { PlatformMetrics } from '@sales/shared/observability';
import type { ContextRuntime } from '@sales/shared/runtime';
import { CustomerIndex } from '../registry/customer-index';
import { CustomerBooks } from './customer-books';
import { CustomerStreams } from './customer-streams';
import { PoolPlacement } from './pool-placement';
import { PoolPolicies } from './pool-policies';
import type { LastFollowUps } from './last-follow-ups';
import { PoolScheduler } from './pool-scheduler';

const person = (id: string, role: Role, divisionId: string | null): OrgTreePerson => ({
  id,
  name: id,
  role,
  divisionId,
  managerId: null,
  loginSubject: id,
  status: 'active',
  hiredOn: '2025-01-01',
});
const org: OrgTree = {
  asOf: null,
  divisions: [{ id: 'd-east', code: 'EAST', name: '华东', managerId: null, members: ['p-li', 'p-wang'] }],
  people: [
    person('p-vp', 'vp', null),
    person('p-li', 'salesperson', 'd-east'),
    person('p-wang', 'salesperson', 'd-east'),
  ],
};
const li: Actor = { userId: 'p-li', role: 'salesperson' };
const vp: Actor = { userId: 'p-vp', role: 'vp' };
const silent = { info: () => undefined, error: () => undefined } as unknown as Logger;

/**
 * Two replicas of customers-service over one store: each has its own command executor (no shared
 * queue, so their appends really race on stream versions), its own read model and scheduler.
 */
describe('the pool’s caps and returns with two replicas racing on one store (C7)', () => {
  let dir: string;
  let store: FileEventStore;
  const clock = new SettableClock(new Date('2026-03-02T02:00:00Z'));
  /** What the field-work slice would answer: c-0 was visited on 20 March. */
  const followUps: LastFollowUps = {
    lastVisits: () => Promise.resolve(new Map([['c-0', { date: '2026-03-20' }]])),
  };
  const replica = () => {
    const commands = new CommandExecutor(store, new PlatformMetrics(), () => undefined, {
      retries: 20,
      backoffMs: 1,
    });
    const runtime = { store, commands } as unknown as ContextRuntime;
    const index = new CustomerIndex(store);
    const streams = new CustomerStreams(runtime, index);
    const policies = new PoolPolicies(runtime, clock);
    const placement = new PoolPlacement(clock, policies, new CustomerBooks(runtime, clock, index), streams);
    const scheduler = new PoolScheduler(streams, index, policies, clock, silent, followUps, {
      intervalMs: 0,
    });
    return { index, streams, placement, scheduler };
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pool-replicas-'));
    store = await FileEventStore.open(dir, 'customers');
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const register = async (streams: CustomerStreams, customerId: string, ownerId: string | null) => {
    const profile = {
      name: customerId,
      creditCode: null,
      industry: '-',
      region: '-',
      source: '-',
      address: '',
    };
    const command: CustomerCommand = {
      type: 'RegisterCustomer',
      data: { actor: vp, org, today: clock.today(), customerId, profile, contacts: [], notes: '', ownerId },
    };
    await streams.execute(customerId, command, vp);
  };

  const claim = async (r: ReturnType<typeof replica>, customerId: string) => {
    const customer = (await r.index.customer(customerId)) as ExistingCustomer;
    return r.placement.give(
      customer,
      { personId: 'p-li', kind: 'claim' },
      (pool) => ({
        type: 'ClaimCustomer',
        data: { ...pool, actor: li, org, today: clock.today(), note: '' },
      }),
      li,
      org,
    );
  };
  const codes = (outcomes: PromiseSettledResult<unknown>[]) =>
    outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'ok'));

  it('10 claims by one salesperson split over two replicas, daily limit 5: exactly 5 succeed', async () => {
    const [a, b] = [replica(), replica()];
    const ids = Array.from({ length: 10 }, (_, i) => `c-${i}`);
    for (const id of ids) await register(a.streams, id, null);
    await b.index.rebuild();
    const outcomes = await Promise.allSettled(ids.map((id, i) => claim(i % 2 ? b : a, id)));
    expect(codes(outcomes).filter((c) => c === 'ok')).toHaveLength(5);
    expect(codes(outcomes).filter((c) => c !== 'ok')).toEqual(Array(5).fill('daily-claim-limit-reached'));
    await a.index.rebuild();
    expect(a.index.all().filter((c) => c.ownerId === 'p-li')).toHaveLength(5);
  });

  it('a claim the customer refuses gives its place back: it does not use up the day’s claims', async () => {
    const [a, b] = [replica(), replica()];
    for (let i = 0; i < 5; i++) await register(a.streams, `c-${i}`, null);
    await b.index.rebuild();
    // Four claims of one customer at once: one takes it, three are refused by the customer.
    const same = await Promise.allSettled([
      claim(a, 'c-0'),
      claim(b, 'c-0'),
      claim(a, 'c-0'),
      claim(b, 'c-0'),
    ]);
    expect(codes(same).sort()).toEqual([
      'customer-not-in-pool',
      'customer-not-in-pool',
      'customer-not-in-pool',
      'ok',
    ]);
    // Their places were released, so four more claims fit in the limit of 5.
    const more = await Promise.allSettled(['c-1', 'c-2', 'c-3', 'c-4'].map((id) => claim(a, id)));
    expect(codes(more)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('two schedulers running the same day return each due customer once, and warn once; a visit puts it off', async () => {
    const [a, b] = [replica(), replica()];
    for (let i = 0; i < 6; i++) await register(a.streams, `c-${i}`, i % 2 ? 'p-li' : 'p-wang');
    clock.advanceDays(28);
    const warned = await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce()]);
    expect([...warned[0].warned, ...warned[1].warned].sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
    clock.advanceDays(2);
    const returned = await Promise.all([a.scheduler.runOnce(), b.scheduler.runOnce()]);
    expect(returned.every((r) => r.failed === 0)).toBe(true);
    expect([...returned[0].returned, ...returned[1].returned].sort()).toEqual([
      'c-1',
      'c-2',
      'c-3',
      'c-4',
      'c-5',
    ]);
    let returns = 0;
    for await (const event of store.readAll()) {
      if (
        event.type === 'CustomerOwnerChanged' &&
        (event.data as { reason: string }).reason === 'pool-return'
      )
        returns++;
    }
    expect(returns).toBe(5);
    clock.advanceDays(-30);
  });
});
