import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { RegistryService } from '@sales/customers/service';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { standaloneApp } from './standalone.app';

const company = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  industry: '显示屏',
  region: '上海',
  source: '展会',
  ...extra,
});
const DEFAULT_RULES = {
  followUpDays: 30,
  contractDays: 90,
  warningDays: 3,
  dailyClaimLimit: 5,
  holdLimit: 150,
  coolingDays: 7,
};

/*
 * 公海 (C7) over HTTP in standalone mode: the caps hold under concurrency, and neither transfers
 * nor assignments bypass them. The process lives on 2 March 2026.
 */
describe('公海 the customer pool in standalone (C7)', () => {
  let harness: AppHarness;
  let call: ApiCall;
  const ids = (response: { body: { customerId: string }[] }) => response.body.map((c) => c.customerId);
  /** Customers the VP puts straight into the pool. */
  const intoPool = async (prefix: string, count: number) => {
    const created: string[] = [];
    for (let i = 1; i <= count; i++) {
      const response = await call('POST', '/customers', {
        actor: who.vp,
        body: company(`${prefix}${i}号科技`, { ownerId: null }),
      });
      expect(response.status).toBe(201);
      created.push(response.body.customerId);
    }
    return created;
  };
  const register = async (actor: (typeof who)[keyof typeof who], name: string) =>
    (await call('POST', '/customers', { actor, body: company(name) })).body.customerId as string;

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2026-03-02T10:00:00+08:00' });
    call = (method, path, options) => harness.request(method, path, options);
    await hireCustomersDepartment(call, call);
  }, 60_000);
  afterAll(() => harness.close());

  it('10 concurrent claims by one salesperson with a daily limit of 5: exactly 5 succeed', async () => {
    const pool = await intoPool('领取', 10);
    const responses = await Promise.all(
      pool.map((customerId) =>
        call('POST', `/customers/${customerId}/claim`, { actor: who.li, body: { note: '有意向' } }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.body).toMatchObject({ error: 'daily-claim-limit-reached', details: { limit: 5 } });
      expect(refused.body.message.zh).toContain('李娜（p-li）今天已从公海领取 5 个客户');
    }
    const mine = await call('GET', '/customers?ownerId=p-li', { actor: who.li });
    expect(ids(mine).filter((id) => pool.includes(id))).toHaveLength(5);
    // The five left are still in the pool, visible to every salesperson and manager.
    for (const actor of [who.he, who.chen, who.vp]) {
      const listed = await call('GET', '/customers/pool', { actor });
      expect(listed.status).toBe(200);
      expect(ids(listed).filter((id) => pool.includes(id))).toHaveLength(5);
    }
  });

  it('a claim of an owned customer is refused, naming its owner; the claim carries its reason', async () => {
    const owned = await register(who.wang, '已有负责人科技');
    const refused = await call('POST', `/customers/${owned}/claim`, {
      actor: who.he,
      body: { note: '有意向' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'customer-not-in-pool', details: { ownerId: 'p-wang' } });
    expect(refused.body.message.zh).toContain('王磊（p-wang）');
    const [free, plain] = await intoPool('理由', 2);
    // Every claim carries its reason: without one it is a 400 naming the field.
    const noReason = await call('POST', `/customers/${plain}/claim`, { actor: who.wang });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('note');
    const claimed = await call('POST', `/customers/${free}/claim`, {
      actor: who.he,
      body: { note: '老客户转介绍' },
    });
    expect(claimed.status).toBe(200);
    const history = await call('GET', `/customers/${free}/history`, { actor: who.he });
    expect(history.body.at(-1)).toMatchObject({
      type: 'CustomerOwnerChanged',
      data: { toOwnerId: 'p-he', reason: 'pool-claim', note: '老客户转介绍' },
    });
  });

  it('a released customer waits out the cooling period before its previous owner may take it again', async () => {
    const customerId = await register(who.wang, '冷却期科技');
    const noReason = await call('POST', `/customers/${customerId}/release`, { actor: who.wang, body: {} });
    expect(noReason.status).toBe(400);
    const released = await call('POST', `/customers/${customerId}/release`, {
      actor: who.wang,
      body: { note: '客户暂无需求' },
    });
    expect(released.status).toBe(200);
    const listed = (await call('GET', '/customers/pool', { actor: who.wang })).body.find(
      (c: { customerId: string }) => c.customerId === customerId,
    );
    expect(listed).toMatchObject({
      reason: 'pool-return',
      previousOwnerId: 'p-wang',
      previousOwner: '王磊（p-wang）',
      inPoolSince: '2026-03-02',
      coolingUntil: '2026-03-09',
    });
    const again = await call('POST', `/customers/${customerId}/claim`, {
      actor: who.wang,
      body: { note: '有意向' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'pool-cooling-period', details: { until: '2026-03-09' } });
    expect(again.body.message.zh).toContain('冷却期 7 天');
    // Nor may his manager hand it back to him; someone else may take it.
    const backToHim = await call('POST', '/customers/pool/assignments', {
      actor: who.chen,
      body: { toOwnerId: 'p-wang', customerIds: [customerId], note: '还给王磊' },
    });
    expect(backToHim.body).toEqual({ assigned: [], refused: [{ customerId, code: 'pool-cooling-period' }] });
    const other = await call('POST', `/customers/${customerId}/claim`, {
      actor: who.he,
      body: { note: '有意向' },
    });
    expect(other.status).toBe(200);
  });

  it('only the VP sets the pool rules; every version is kept', async () => {
    const byManager = await call('PUT', '/customers/pool-policy', { actor: who.chen, body: DEFAULT_RULES });
    expect(byManager.status).toBe(403);
    expect(byManager.body.error).toBe('pool-policy-vp-only');
    const tooLate = await call('PUT', '/customers/pool-policy', {
      actor: who.vp,
      body: { ...DEFAULT_RULES, warningDays: 30 },
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body).toMatchObject({ error: 'pool-warning-too-late', details: { field: 'warningDays' } });
    const notInteger = await call('PUT', '/customers/pool-policy', {
      actor: who.vp,
      body: { ...DEFAULT_RULES, holdLimit: 1.5 },
    });
    expect(notInteger.status).toBe(400);
    expect(JSON.stringify(notInteger.body)).toContain('holdLimit');
    const read = await call('GET', '/customers/pool-policy', { actor: who.li });
    expect(read.body.current).toMatchObject({ ...DEFAULT_RULES, version: 0 });
  });

  it('transfers and assignments obey the hold limit: they cannot be used to go around it', async () => {
    // 李娜 holds the 5 she claimed; the VP lowers the limit to 6.
    const set = await call('PUT', '/customers/pool-policy', {
      actor: who.vp,
      body: { ...DEFAULT_RULES, holdLimit: 6, note: '试行' },
    });
    expect(set.status).toBe(200);
    expect(set.body.policy).toMatchObject({ version: 1, holdLimit: 6, setBy: 'p-vp' });
    const [a, b, c] = [
      await register(who.wang, '持有甲'),
      await register(who.wang, '持有乙'),
      await register(who.wang, '持有丙'),
    ];
    const transfer = (customerId: string) =>
      call('POST', `/customers/${customerId}/transfer`, {
        actor: who.chen,
        body: { toOwnerId: 'p-li', reason: 'territory', note: '区域调整' },
      });
    expect((await transfer(a)).status).toBe(200);
    const over = await transfer(b);
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({ error: 'hold-limit-reached', details: { held: 6, limit: 6 } });
    expect(over.body.message.zh).toContain('达到上限 6 个');
    const bulk = await call('POST', '/customers/transfers', {
      actor: who.chen,
      body: {
        fromOwnerId: 'p-wang',
        customerIds: [b, c],
        toOwnerId: 'p-li',
        reason: 'handover',
        note: '交接',
      },
    });
    expect(bulk.body).toEqual({
      transferred: [],
      refused: [
        { customerId: b, code: 'hold-limit-reached' },
        { customerId: c, code: 'hold-limit-reached' },
      ],
    });
    const pool = await intoPool('分配', 2);
    const assigned = await call('POST', '/customers/pool/assignments', {
      actor: who.vp,
      body: { toOwnerId: 'p-li', customerIds: pool, note: '分配给李娜' },
    });
    expect(assigned.body.assigned).toEqual([]);
    expect(assigned.body.refused.map((r: { code: string }) => r.code)).toEqual([
      'hold-limit-reached',
      'hold-limit-reached',
    ]);
    // To someone under the limit the same assignment goes through; a salesperson cannot assign.
    const toHe = await call('POST', '/customers/pool/assignments', {
      actor: who.vp,
      body: { toOwnerId: 'p-he', customerIds: pool, note: '分配给何芸' },
    });
    expect(toHe.body).toEqual({ assigned: pool, refused: [] });
    const bySalesperson = await call('POST', '/customers/pool/assignments', {
      actor: who.li,
      body: { toOwnerId: 'p-li', customerIds: pool, note: 'x' },
    });
    expect(bySalesperson.status).toBe(403);
    // A customer with a contract in the last 12 months does not count: one signing frees a place.
    await harness.app.get(RegistryService).activate(a, 'k-2026-001', '2026-03-01');
    expect((await transfer(b)).status).toBe(200);
    expect((await transfer(c)).status).toBe(409);
    const versions = await call('GET', '/customers/pool-policy', { actor: who.vp });
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    await call('PUT', '/customers/pool-policy', { actor: who.vp, body: DEFAULT_RULES });
  });
});
