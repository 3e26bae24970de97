import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { GradingScheduler, GradingService } from '@sales/customers/service';
import { type AppHarness, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

const yuan = (amount: number) => amount * 100;

/**
 * 客户等级 (C2) end to end in one standalone process. Contracts is not built yet, so the payments
 * go in through GradingService, the port contracts' subscription will call. Time moves by
 * restarting the process on the same data directory with a later SALES_CLOCK.
 */
describe('客户等级 grading by cash inflow in standalone (C2)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  const boot = async (clock: string) => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: clock, DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
  };
  /** The day's review (the scheduler also runs one at start; a second for the day decides nothing). */
  const review = () => harness.app.get(GradingScheduler).runOnce();
  const grades = (actor: Actor = who.li) => call('GET', `/customers/${customerId}/grades`, { actor });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'customers-grading-'));
    await boot('2026-03-15T10:00:00+08:00');
    await hireCustomersDepartment(call, call);
    const registered = await call('POST', '/customers', {
      actor: who.li,
      body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
    });
    expect(registered.status).toBe(201);
    customerId = registered.body.customerId;
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('未评级 until the first contract; D then; 400,000 元 received makes it B, with the payment as reason', async () => {
    expect((await grades()).body).toMatchObject({ grade: 'ungraded', changes: [] });
    const grading = harness.app.get(GradingService);
    await grading.activate({ customerId, contractId: 'HT2026-0001', activatedOn: '2026-03-01' });
    const payment = {
      paymentId: 'pay-1',
      customerId,
      amountMinor: yuan(400_000),
      currency: 'CNY',
      receivedOn: '2026-03-10',
    };
    await grading.recordPayment(payment);
    // Redelivered by the subscription: nothing more is recorded.
    expect((await grading.recordPayment(payment)).events).toEqual([]);

    const answer = await grades();
    expect(answer.status).toBe(200);
    expect(answer.body.grade).toBe('B');
    expect(answer.body.changes).toMatchObject([
      { previousGrade: 'ungraded', grade: 'D', reason: { kind: 'activation', ref: 'HT2026-0001' } },
      {
        previousGrade: 'D',
        grade: 'B',
        windowTotalMinor: 40_000_000,
        currency: 'CNY',
        windowStart: '2025-03-16',
        windowEnd: '2026-03-15',
        reason: { kind: 'payment', ref: 'pay-1' },
        changedOn: '2026-03-15',
      },
    ]);
    const listed = await call('GET', '/customers?grade=B', { actor: who.li });
    expect(listed.body.map((c: { customerId: string }) => c.customerId)).toEqual([customerId]);
  });

  it('the grade history is read by whoever may read the customer; unknown customer → 404', async () => {
    expect((await grades(who.chen)).status).toBe(200);
    expect((await grades(who.vp)).status).toBe(200);
    expect((await grades(who.finance)).status).toBe(200);
    const colleague = await grades(who.wang);
    expect(colleague.status).toBe(403);
    expect(colleague.body.error).toBe('not-your-customer');
    expect((await grades(who.he)).status).toBe(403);
    const unknown = await call('GET', '/customers/no-such-customer/grades', { actor: who.vp });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('unknown-customer');
  });

  it('the VP sets the policy (others 403, bad thresholds 400 in 元); everyone is re-graded with the version as reason', async () => {
    const before = await call('GET', '/customers/grading-policy', { actor: who.li });
    expect(before.body).toMatchObject({
      current: { version: 0, windowMonths: 12, thresholds: { A: yuan(1_000_000), B: yuan(300_000) } },
      versions: [],
    });
    const stricter = {
      windowMonths: 12,
      thresholds: { A: yuan(1_000_000), B: yuan(500_000), C: yuan(50_000) },
    };
    for (const actor of [who.li, who.chen, who.admin])
      expect((await call('PUT', '/customers/grading-policy', { actor, body: stricter })).status).toBe(403);
    const refused = await call('PUT', '/customers/grading-policy', {
      actor: who.vp,
      body: { ...stricter, thresholds: { A: yuan(300_000), B: yuan(300_000), C: yuan(50_000) } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: 'grade-thresholds-not-descending',
      details: { field: 'thresholds.B' },
    });
    expect(refused.body.message.zh).toBe(
      'B 级下限 thresholds.B（300,000.00 元）须低于 A 级下限（300,000.00 元）',
    );
    const window = await call('PUT', '/customers/grading-policy', {
      actor: who.vp,
      body: { ...stricter, windowMonths: 0 },
    });
    expect(window.status).toBe(400);
    expect(window.body.fields.map((f: { field: string }) => f.field)).toEqual(['windowMonths']);

    expect((await call('PUT', '/customers/grading-policy', { actor: who.vp, body: stricter })).status).toBe(
      200,
    );
    await review();
    const after = await grades();
    expect(after.body).toMatchObject({ grade: 'C', policyVersion: 1 });
    expect(after.body.changes.at(-1)).toMatchObject({
      previousGrade: 'B',
      grade: 'C',
      windowTotalMinor: 40_000_000,
      reason: { kind: 'policy', ref: '1' },
    });
    const policy = await call('GET', '/customers/grading-policy', { actor: who.li });
    expect(policy.body.current).toMatchObject({ version: 1, effectiveOn: '2026-03-15' });
    expect(policy.body.versions).toHaveLength(1);
  });

  it('moving the clock across the window: C the day before the payment leaves it, D on that day, with the slide date as reason', async () => {
    await harness.close();
    await boot('2027-03-09T10:00:00+08:00');
    await review();
    expect((await grades()).body.grade).toBe('C');

    await harness.close();
    await boot('2027-03-10T10:00:00+08:00');
    await review();
    const fallen = await grades();
    expect(fallen.body.grade).toBe('D');
    expect(fallen.body.changes.at(-1)).toMatchObject({
      previousGrade: 'C',
      grade: 'D',
      windowTotalMinor: 0,
      windowStart: '2026-03-11',
      windowEnd: '2027-03-10',
      reason: { kind: 'window-slide', ref: '2027-03-10' },
      changedOn: '2027-03-10',
    });
    expect(fallen.body.changes).toHaveLength(4);
    // A second run the same day (another replica, or the next tick) decides nothing.
    expect(await review()).toMatchObject({ skipped: true });
    expect((await grades()).body.changes).toHaveLength(4);
    // The read model behind the list was rebuilt from the store at start.
    const listed = await call('GET', '/customers?grade=D', { actor: who.li });
    expect(listed.body.map((c: { customerId: string }) => c.customerId)).toEqual([customerId]);
  });

  it('/asyncapi.json documents grading’s published events with their JSON Schemas', async () => {
    const asyncapi = (await harness.request('GET', '/asyncapi.json')).body;
    const messages = asyncapi.components.messages;
    expect(messages.customers_CustomerGradeChanged_v1.payload.schema.required).toEqual(
      expect.arrayContaining([
        'previousGrade',
        'grade',
        'windowTotalMinor',
        'currency',
        'reasonKind',
        'reasonRef',
      ]),
    );
    expect(messages.customers_GradingPolicySet_v1.payload.schema.properties.thresholds.required).toEqual([
      'A',
      'B',
      'C',
    ]);
  });
});
