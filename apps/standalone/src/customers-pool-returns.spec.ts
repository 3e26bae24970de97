import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { PoolScheduler } from '@sales/customers/service';
import { standaloneApp } from './standalone.app';

const company = (name: string) => ({ name, industry: '显示屏', region: '上海', source: '展会' });

/*
 * 自动退回公海 (C7) as time passes: the process is stopped and started again on the same data
 * on later days (SALES_CLOCK), and the pool's scheduler, started with the app, acts on each day.
 * Default rules: 30 days without a follow-up, warned 3 days before. No visit is known (the
 * field-work slice does not provide LastFollowUps yet), so the rule counts from the day the
 * owner took the customer.
 */
describe('自动退回公海 automatic returns as days pass, in standalone (C7)', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  let call: ApiCall;
  const customers: Record<'returning' | 'handedOver', string> = { returning: '', handedOver: '' };
  const liveOn = async (instant: string) => {
    await harness?.close();
    harness = await startApp(standaloneApp, { DATA_DIR: dataDir, SALES_CLOCK: instant });
    const current = harness;
    call = (method, path, options) => current.request(method, path, options);
  };
  const scheduler = () => harness!.app.get(PoolScheduler);
  const poolIds = async () =>
    (await call('GET', '/customers/pool', { actor: who.he })).body.map(
      (c: { customerId: string }) => c.customerId,
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'customers-pool-returns-'));
    await liveOn('2026-03-02T10:00:00+08:00');
    await hireCustomersDepartment(call, call);
    for (const key of ['returning', 'handedOver'] as const) {
      const registered = await call('POST', '/customers', {
        actor: who.wang,
        body: company(`回收${key}科技`),
      });
      customers[key] = registered.body.customerId;
    }
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('on the day of registration nothing is due', async () => {
    const round = await scheduler().runOnce();
    expect(round).toMatchObject({ today: '2026-03-02', returned: [], warned: [], failed: 0 });
    expect((await call('GET', '/customers/pool/warnings', { actor: who.wang })).body).toEqual([]);
  });

  it('3 days before the due date the owner (and his manager) see the warning, given once', async () => {
    await liveOn('2026-03-29T10:00:00+08:00');
    // The scheduler started with the app and warned without being asked.
    const warnings = await eventually(async () => {
      const response = await call('GET', '/customers/pool/warnings', { actor: who.wang });
      expect(response.body.map((w: { warnedOn: string | null }) => w.warnedOn)).toEqual([
        '2026-03-29',
        '2026-03-29',
      ]);
      return response.body;
    });
    expect(warnings[0]).toMatchObject({
      ownerId: 'p-wang',
      owner: '王磊（p-wang）',
      dueOn: '2026-04-01',
      daysLeft: 3,
      rule: 'no-follow-up',
      since: '2026-03-02',
      days: 30,
    });
    expect((await call('GET', '/customers/pool/warnings', { actor: who.chen })).body).toHaveLength(2);
    expect((await call('GET', '/customers/pool/warnings', { actor: who.he })).body).toEqual([]);
    expect(await scheduler().runOnce()).toMatchObject({ warned: [], returned: [] });
    const history = await call('GET', `/customers/${customers.returning}/history`, { actor: who.wang });
    expect(history.body.filter((e: { type: string }) => e.type === 'PoolReturnWarned')).toHaveLength(1);
    // A new owner gets the full time: handed over today, it is no longer about to return.
    const handover = await call('POST', `/customers/${customers.handedOver}/transfer`, {
      actor: who.chen,
      body: { toOwnerId: 'p-li', reason: 'territory', note: '区域调整' },
    });
    expect(handover.status).toBe(200);
    const after = await call('GET', '/customers/pool/warnings', { actor: who.chen });
    expect(after.body.map((w: { customerId: string }) => w.customerId)).toEqual([customers.returning]);
  });

  it('on the due date the customer returns to the pool, with the rule that fired, once', async () => {
    await liveOn('2026-04-01T10:00:00+08:00');
    await eventually(async () => expect(await poolIds()).toContain(customers.returning));
    expect(await poolIds()).not.toContain(customers.handedOver);
    // Two rounds at once (as two replicas would run them) decide nothing more.
    const rounds = await Promise.all([scheduler().runOnce(), scheduler().runOnce()]);
    expect(rounds.map((r) => r.returned)).toEqual([[], []]);
    const history = await call('GET', `/customers/${customers.returning}/history`, { actor: who.vp });
    const returns = history.body.filter(
      (e: { type: string; data: { reason?: string } }) =>
        e.type === 'CustomerOwnerChanged' && e.data.reason === 'pool-return',
    );
    expect(returns).toEqual([
      expect.objectContaining({
        recordedBy: 'system',
        data: expect.objectContaining({
          fromOwnerId: 'p-wang',
          toOwnerId: null,
          effectiveOn: '2026-04-01',
          cause: { kind: 'no-follow-up', since: '2026-03-02', days: 30, policyVersion: 0 },
        }),
      }),
    ]);
    const listed = (await call('GET', '/customers/pool', { actor: who.wang })).body.find(
      (c: { customerId: string }) => c.customerId === customers.returning,
    );
    expect(listed).toMatchObject({
      reason: 'pool-return',
      previousOwnerId: 'p-wang',
      coolingUntil: '2026-04-08',
    });
    const reclaim = await call('POST', `/customers/${customers.returning}/claim`, {
      actor: who.wang,
      body: { note: '再跟进' },
    });
    expect(reclaim.body.error).toBe('pool-cooling-period');
  });
});
