import { type AppHarness, startApp } from '@sales/shared/app-testing';
import {
  type ApiCall,
  customersActors as who,
  hireCustomersDepartment,
  registerSameCompanyConcurrently,
} from '@sales/customers/testing';
import { CUSTOMERS_EVENT_CATALOGUE } from '@sales/customers/events';
import { GradingService } from '@sales/customers/service';
import { standaloneApp } from './standalone.app';

const company = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  industry: '显示屏',
  region: '上海',
  source: '展会',
  ...extra,
});

describe('客户登记与查重 customers registry in standalone (C1, C6)', () => {
  let harness: AppHarness;
  let call: ApiCall;
  beforeAll(async () => {
    harness = await startApp(standaloneApp);
    call = (method, path, options) => harness.request(method, path, options);
    await hireCustomersDepartment(call, call);
  });
  afterAll(() => harness.close());

  it('20 concurrent registrations of one company spelled ten ways: exactly one succeeds', async () => {
    const responses = await registerSameCompanyConcurrently([call]);
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.find((r) => r.status === 201)!.body.customerId;
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.body).toMatchObject({ error: 'duplicate-customer' });
      expect(refused.body.details.customerId).toBe(winner);
    }
  });

  it('a duplicate names the existing customer, its owner and the key; outside the owner’s scope, not its details', async () => {
    const first = await call('POST', '/customers', {
      actor: who.li,
      body: company('东方光电有限公司', { creditCode: '91350100M000100Y43' }),
    });
    expect(first.status).toBe(201);
    const sameName = await call('POST', '/customers', {
      actor: who.wang,
      body: company('东方光电（中国）股份有限公司'),
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.details).toMatchObject({ key: 'name', ownerId: 'p-li', owner: '李娜（p-li）' });
    expect(sameName.body.message.zh).toContain('公司名称相同的客户已存在');
    expect(sameName.body.message.zh).toContain('李娜（p-li）');
    // 王磊 may not read 李娜's customer: he learns it exists and who owns it, not its name.
    expect(sameName.body.details.customer).toBe(first.body.customerId);
    const sameCode = await call('POST', '/customers', {
      actor: who.chen,
      body: company('完全不同的名字', { creditCode: '91350100m000100y43', ownerId: 'p-wang' }),
    });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.details).toMatchObject({
      key: 'creditCode',
      customer: `东方光电有限公司（${first.body.customerId}）`,
    });
  });

  it('a shared phone is accepted with a warning listing the possible duplicates', async () => {
    const contacts = [{ name: '总机', title: '前台', phones: ['+86 21-5555-0000'] }];
    const a = await call('POST', '/customers', { actor: who.li, body: company('甲方科技', { contacts }) });
    expect(a.body.warnings).toEqual([]);
    const b = await call('POST', '/customers', {
      actor: who.he,
      body: company('乙方科技', { contacts: [{ name: '前台', title: '', phones: ['02155550000'] }] }),
    });
    expect(b.status).toBe(201);
    expect(b.body.warnings).toEqual([
      {
        code: 'shared-phone',
        customers: [{ customerId: a.body.customerId, name: '甲方科技', owner: '李娜（p-li）' }],
      },
    ]);
  });

  it('bad input is a 400 naming the field, in zh-CN and English; out of scope 403; unknown 404', async () => {
    const badCode = await call('POST', '/customers', {
      actor: who.li,
      body: company('丙方科技', { creditCode: '91350100M000100Y44' }),
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body).toMatchObject({ error: 'invalid-credit-code', details: { field: 'creditCode' } });
    expect(badCode.body.message.zh).toContain('统一社会信用代码');
    expect(badCode.body.message.en).toContain('credit code');
    const missing = await call('POST', '/customers', {
      actor: who.li,
      body: { industry: 'x', region: 'y', source: 'z' },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('name');
    const nullContacts = await call('POST', '/customers', {
      actor: who.li,
      body: company('丁方', { contacts: null }),
    });
    expect(nullContacts.status).toBe(400);
    expect(JSON.stringify(nullContacts.body)).toContain('contacts');
    const unknownField = await call('POST', '/customers', {
      actor: who.li,
      body: company('丁方', { vip: true }),
    });
    expect(unknownField.status).toBe(400);

    const own = await call('POST', '/customers', { actor: who.li, body: company('戊方科技') });
    const edit = await call('PUT', `/customers/${own.body.customerId}`, {
      actor: who.he,
      body: company('戊方科技二'),
    });
    expect(edit.status).toBe(403);
    expect((await call('GET', `/customers/${own.body.customerId}`, { actor: who.he })).status).toBe(403);
    expect((await call('GET', `/customers/${own.body.customerId}`, { actor: who.finance })).status).toBe(200);
    expect((await call('GET', '/customers/no-such-customer', { actor: who.vp })).status).toBe(404);
    expect(
      (await call('PUT', '/customers/no-such-customer', { actor: who.vp, body: company('x') })).status,
    ).toBe(404);
  });

  it('a rename releases the old name; the new one is checked', async () => {
    const a = await call('POST', '/customers', { actor: who.li, body: company('旧名字科技') });
    const b = await call('POST', '/customers', { actor: who.li, body: company('另一家科技') });
    expect(
      (
        await call('PUT', `/customers/${b.body.customerId}`, {
          actor: who.li,
          body: company('旧名字科技有限公司'),
        })
      ).status,
    ).toBe(409);
    expect(
      (await call('PUT', `/customers/${a.body.customerId}`, { actor: who.li, body: company('新名字科技') }))
        .status,
    ).toBe(200);
    expect((await call('POST', '/customers', { actor: who.wang, body: company('旧名字科技') })).status).toBe(
      201,
    );
  });

  it('transfers keep the history of owners; a bulk transfer moves all of a person’s customers', async () => {
    const a = await call('POST', '/customers', { actor: who.wang, body: company('转移一号') });
    const b = await call('POST', '/customers', { actor: who.wang, body: company('转移二号') });
    const toStranger = await call('POST', `/customers/${a.body.customerId}/transfer`, {
      actor: who.vp,
      body: { toOwnerId: 'p-nobody', reason: 'territory', note: '调整' },
    });
    expect(toStranger.status).toBe(400);
    expect(toStranger.body.details).toMatchObject({ field: 'toOwnerId' });
    const bulk = await call('POST', '/customers/transfers', {
      actor: who.chen,
      body: { fromOwnerId: 'p-wang', toOwnerId: 'p-li', reason: 'handover', note: '王磊离职交接' },
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.transferred).toEqual(expect.arrayContaining([a.body.customerId, b.body.customerId]));
    const view = await call('GET', `/customers/${a.body.customerId}`, { actor: who.li });
    expect(view.body.owners.map((o: { ownerId: string; reason: string }) => [o.ownerId, o.reason])).toEqual([
      ['p-wang', 'registered'],
      ['p-li', 'handover'],
    ]);
    const mine = await call('GET', '/customers?ownerId=p-li', { actor: who.li });
    expect(mine.body.map((c: { customerId: string }) => c.customerId)).toEqual(
      expect.arrayContaining([a.body.customerId]),
    );
  });

  it('a merged duplicate resolves to the survivor, which takes its contacts', async () => {
    const a = await call('POST', '/customers', {
      actor: who.li,
      body: company('合并甲', { contacts: [{ name: '钱经理', title: '采购', phones: ['13900000001'] }] }),
    });
    const b = await call('POST', '/customers', { actor: who.li, body: company('合并乙') });
    // The duplicate had brought 400,000.00 元: after the merge it grades the survivor (B), once.
    const grading = harness.app.get(GradingService);
    await grading.recordPayment({
      paymentId: 'pay-merge-1',
      customerId: a.body.customerId,
      amountMinor: 400_000_00,
      currency: 'CNY',
      receivedOn: '2026-11-01',
    });
    expect(
      (
        await call('POST', `/customers/${a.body.customerId}/merge`, {
          actor: who.chen,
          body: { survivorId: b.body.customerId },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', `/customers/${a.body.customerId}/merge`, {
          actor: who.vp,
          body: { survivorId: b.body.customerId },
        })
      ).status,
    ).toBe(200);
    const grades = await call('GET', `/customers/${b.body.customerId}/grades`, { actor: who.li });
    expect(grades.body.grade).toBe('B');
    await call('POST', `/customers/${a.body.customerId}/merge`, {
      actor: who.vp,
      body: { survivorId: b.body.customerId },
    });
    expect((await call('GET', `/customers/${b.body.customerId}/grades`, { actor: who.li })).body.grade).toBe(
      'B',
    );
    // The survivor's history holds the duplicate's too, each step naming its record.
    const history = await call('GET', `/customers/${b.body.customerId}/history`, { actor: who.li });
    expect(
      history.body.map((step: { customerId: string; type: string }) => [step.customerId, step.type]),
    ).toEqual(
      expect.arrayContaining([
        [a.body.customerId, 'CustomerRegistered'],
        [a.body.customerId, 'CustomerMerged'],
        [b.body.customerId, 'CustomerRegistered'],
        [b.body.customerId, 'CustomerAbsorbed'],
      ]),
    );
    const resolved = await call('GET', `/customers/${a.body.customerId}`, { actor: who.li });
    expect(resolved.body).toMatchObject({ customerId: b.body.customerId, absorbed: [a.body.customerId] });
    expect(resolved.body.contacts).toEqual([expect.objectContaining({ name: '钱经理' })]);
    // The merged name still belongs to the company.
    expect(
      (await call('POST', '/customers', { actor: who.he, body: company('合并甲有限公司') })).status,
    ).toBe(409);
  });

  it('/asyncapi.json documents every customers event with its JSON Schema, on sales.customers.events', async () => {
    const asyncapi = await call('GET', '/asyncapi.json', { actor: who.vp });
    expect(asyncapi.body.channels.customers.address).toBe('sales.customers.events');
    expect(CUSTOMERS_EVENT_CATALOGUE.length).toBeGreaterThanOrEqual(5);
    for (const spec of CUSTOMERS_EVENT_CATALOGUE) {
      const message = asyncapi.body.components.messages[`customers_${spec.type}_v${spec.schemaVersion}`];
      expect(message?.payload?.schema).toEqual(spec.schema);
    }
  });
});
