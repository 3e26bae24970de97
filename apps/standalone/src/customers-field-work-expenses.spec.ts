import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { standaloneApp } from './standalone.app';

/** The process lives on Monday 16 March 2026, 10:00 in Shanghai. */
const TODAY = '2026-03-16';

const expense = (extra: Record<string, unknown> = {}) => ({
  date: '2026-03-13',
  category: 'entertainment',
  amountMinor: 123_456,
  currency: 'CNY',
  receiptRef: 'FP-2026-0313-01',
  ...extra,
});

describe('费用 expenses over HTTP (C5)', () => {
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: `${TODAY}T10:00:00+08:00` });
    call = (method, path, options) => harness.request(method, path, options);
    await hireCustomersDepartment(call, call);
    const registered = await call('POST', '/customers', {
      actor: who.li,
      body: { name: '星湖显示科技', industry: '显示屏', region: '苏州', source: '展会' },
    });
    customerId = registered.body.customerId;
  });
  afterAll(() => harness.close());

  it('a salesperson records an expense; their manager approves it; lists follow scope and status', async () => {
    const recorded = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ customerId }),
    });
    expect(recorded.status).toBe(201);
    const { expenseId } = recorded.body;

    const own = await call('POST', `/customers/expenses/${expenseId}/approve`, { actor: who.li });
    expect(own.status).toBe(403);
    expect(own.body.error).toBe('expense-decider-not-above');
    expect(own.body.message.zh).toContain('1,234.56 元');
    expect(own.body.message.zh).toContain('招待');
    expect(own.body.message.en).toContain('1,234.56 元');
    expect((await call('POST', `/customers/expenses/${expenseId}/approve`, { actor: who.zhou })).status).toBe(
      403,
    );

    const approved = await call('POST', `/customers/expenses/${expenseId}/approve`, { actor: who.chen });
    expect(approved.status).toBe(200);
    expect(approved.body.events.map((e: { type: string }) => e.type)).toEqual(['ExpenseApproved']);
    const again = await call('POST', `/customers/expenses/${expenseId}/approve`, { actor: who.chen });
    expect(again.body.events).toEqual([]);
    const rejectLater = await call('POST', `/customers/expenses/${expenseId}/reject`, {
      actor: who.vp,
      body: { reason: '超标' },
    });
    expect(rejectLater.status).toBe(409);
    expect(rejectLater.body.message.zh).toContain('陈志强（p-chen）');

    const listed = await call('GET', '/customers/expenses?status=approved', { actor: who.li });
    expect(listed.body).toEqual([
      expect.objectContaining({
        expenseId,
        person: '李娜（p-li）',
        divisionId: 'd-east',
        category: 'entertainment',
        amountMinor: 123_456,
        currency: 'CNY',
        amount: '1,234.56 元',
        customerId,
        status: 'approved',
        decidedBy: 'p-chen',
      }),
    ]);
    expect((await call('GET', '/customers/expenses?status=submitted', { actor: who.li })).body).toEqual([]);
    expect((await call('GET', '/customers/expenses', { actor: who.he })).body).toEqual([]);
    expect((await call('GET', '/customers/expenses', { actor: who.finance })).body).toHaveLength(1);
    expect((await call('GET', '/customers/expenses?personId=p-li', { actor: who.zhou })).status).toBe(403);
  });

  it('a rejection needs a reason, and is the manager’s', async () => {
    const { expenseId } = (await call('POST', '/customers/expenses', { actor: who.wang, body: expense() }))
      .body;
    const noReason = await call('POST', `/customers/expenses/${expenseId}/reject`, {
      actor: who.chen,
      body: { reason: '' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    const blank = await call('POST', `/customers/expenses/${expenseId}/reject`, {
      actor: who.chen,
      body: { reason: '  ' },
    });
    expect(blank.body).toMatchObject({ error: 'expense-reject-needs-reason', details: { field: 'reason' } });
    const rejected = await call('POST', `/customers/expenses/${expenseId}/reject`, {
      actor: who.chen,
      body: { reason: '无客户签字' },
    });
    expect(rejected.status).toBe(200);
    const listed = await call('GET', '/customers/expenses?status=rejected', { actor: who.chen });
    expect(listed.body).toEqual([
      expect.objectContaining({ expenseId, reason: '无客户签字', person: '王磊（p-wang）' }),
    ]);
  });

  it('an amount as a float or negative is a 400 naming amountMinor (zh-CN and English)', async () => {
    for (const amountMinor of [12.5, -100, 0, '1000']) {
      const response = await call('POST', '/customers/expenses', {
        actor: who.li,
        body: expense({ amountMinor }),
      });
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['amountMinor']);
      expect(response.body.message.zh).toContain('amountMinor');
      expect(response.body.message.en).toContain('amountMinor');
      expect(response.body.fields[0].message.zh).toMatch(/amountMinor/);
    }
  });

  it('refuses an unknown category or currency, a day to come, someone else’s expense, an unknown customer or expense', async () => {
    const category = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ category: 'bribes' }),
    });
    expect(category.body.fields.map((f: { field: string }) => f.field)).toEqual(['category']);
    const currency = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ currency: 'RMB' }),
    });
    expect(currency.status).toBe(400);
    expect(currency.body).toMatchObject({ error: 'unknown-currency', details: { field: 'currency' } });
    const ahead = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ date: '2026-03-17' }),
    });
    expect(ahead.body).toMatchObject({ error: 'expense-in-the-future', details: { field: 'date' } });
    expect(ahead.body.message.en).toContain('2026-03-17 is after today');
    const badDate = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ date: '2026-02-30' }),
    });
    expect(badDate.body.fields.map((f: { field: string }) => f.field)).toEqual(['date']);
    const forWang = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ personId: 'p-wang' }),
    });
    expect(forWang.status).toBe(403);
    expect(forWang.body.message.zh).toContain('王磊（p-wang）');
    const unknownCustomer = await call('POST', '/customers/expenses', {
      actor: who.li,
      body: expense({ customerId: 'no-such-customer' }),
    });
    // A customer the body refers to is bad input (400, naming the field); an id in the path is a 404.
    expect(unknownCustomer.status).toBe(400);
    expect(unknownCustomer.body).toMatchObject({
      error: 'unknown-customer',
      details: { field: 'customerId' },
    });
    expect(
      (await call('POST', '/customers/expenses/no-such-expense/approve', { actor: who.chen })).status,
    ).toBe(404);
  });
});
