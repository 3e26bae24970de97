import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { standaloneApp } from './standalone.app';

const company = (name: string) => ({ name, industry: '显示屏', region: '上海', source: '展会' });

/*
 * 撞单 (C6) over HTTP: a salesperson who hits a duplicate owned by someone else asks for the
 * customer; the owner's manager (as the tree stands today) approves or rejects with a reason.
 */
describe('撞单 requests for a customer someone else owns, in standalone (C6)', () => {
  let harness: AppHarness;
  let call: ApiCall;

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2026-03-02T10:00:00+08:00' });
    call = (method, path, options) => harness.request(method, path, options);
    await hireCustomersDepartment(call, call);
  }, 60_000);
  afterAll(() => harness.close());

  it('the duplicate names the customer; its owner’s manager approves and the customer moves to the requester', async () => {
    const owned = await call('POST', '/customers', { actor: who.li, body: company('撞单显示科技有限公司') });
    const duplicate = await call('POST', '/customers', { actor: who.he, body: company('撞单显示科技') });
    expect(duplicate.status).toBe(409);
    const customerId = duplicate.body.details.customerId;
    expect(customerId).toBe(owned.body.customerId);

    const asked = await call('POST', `/customers/${customerId}/requests`, {
      actor: who.he,
      body: { reason: '客户先联系的我，已报价两次' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ approverId: 'p-chen', approver: '陈志强（p-chen）' });
    const requestId = asked.body.requestId;

    const byOwner = await call('POST', `/customers/${customerId}/requests`, {
      actor: who.li,
      body: { reason: '我的客户' },
    });
    expect(byOwner.status).toBe(400);
    expect(byOwner.body.error).toBe('request-own-customer');
    const twice = await call('POST', `/customers/${customerId}/requests`, {
      actor: who.he,
      body: { reason: '再次申请' },
    });
    expect(twice.status).toBe(409);

    const path = `/customers/${customerId}/requests/${requestId}`;
    const byRequester = await call('POST', `${path}/approve`, { actor: who.he, body: { note: '同意' } });
    expect(byRequester.status).toBe(403);
    expect(byRequester.body.error).toBe('decide-own-request');
    const byHerManager = await call('POST', `${path}/approve`, { actor: who.zhou, body: { note: '同意' } });
    expect(byHerManager.status).toBe(403);
    expect(byHerManager.body).toMatchObject({
      error: 'not-request-approver',
      details: { approverId: 'p-chen' },
    });
    expect(byHerManager.body.message.zh).toContain('陈志强（p-chen）');

    const worklist = await call('GET', '/customers/requests', { actor: who.chen });
    expect(worklist.body.toDecide).toEqual([
      expect.objectContaining({
        customerId,
        requestId,
        requesterId: 'p-he',
        reason: '客户先联系的我，已报价两次',
      }),
    ]);
    const hers = await call('GET', '/customers/requests', { actor: who.he });
    expect(hers.body.mine).toEqual([
      expect.objectContaining({ customerId, requestId, status: 'pending', owner: '李娜（p-li）' }),
    ]);
    expect(hers.body.mine[0]).not.toHaveProperty('name');

    const approved = await call('POST', `${path}/approve`, { actor: who.chen, body: { note: '何芸先接触' } });
    expect(approved.status).toBe(200);
    const view = await call('GET', `/customers/${customerId}`, { actor: who.he });
    expect(view.status).toBe(200);
    expect(view.body.owners.at(-1)).toMatchObject({ ownerId: 'p-he', reason: 'manager-decision' });
    const again = await call('POST', `${path}/reject`, { actor: who.chen, body: { note: '晚了' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('customer-request-decided');
  });

  it('the manager rejects with a reason; the customer stays with its owner', async () => {
    const owned = await call('POST', '/customers', { actor: who.li, body: company('驳回科技') });
    const customerId = owned.body.customerId;
    const asked = await call('POST', `/customers/${customerId}/requests`, {
      actor: who.wang,
      body: { reason: '我在跟进他们的新项目' },
    });
    const path = `/customers/${customerId}/requests/${asked.body.requestId}`;
    expect((await call('POST', `${path}/reject`, { actor: who.chen, body: {} })).status).toBe(400);
    expect(
      (await call('POST', `${path}/reject`, { actor: who.chen, body: { note: '李娜已签意向' } })).status,
    ).toBe(200);
    const his = await call('GET', '/customers/requests', { actor: who.wang });
    expect(his.body.mine).toEqual([
      expect.objectContaining({
        customerId,
        status: 'rejected',
        note: '李娜已签意向',
        decider: '陈志强（p-chen）',
      }),
    ]);
    const view = await call('GET', `/customers/${customerId}`, { actor: who.li });
    expect(view.body.ownerId).toBe('p-li');
    const unknown = await call('POST', `/customers/${customerId}/requests/no-such/approve`, {
      actor: who.chen,
      body: { note: '同意' },
    });
    expect(unknown.status).toBe(404);
  });

  it('a manager asking for his own salesperson’s customer is decided one level up, by the VP', async () => {
    const owned = await call('POST', '/customers', { actor: who.wang, body: company('经理申请科技') });
    const asked = await call('POST', `/customers/${owned.body.customerId}/requests`, {
      actor: who.chen,
      body: { reason: '大客户由经理直接负责' },
    });
    expect(asked.body).toMatchObject({ approverId: 'p-vp' });
    const path = `/customers/${owned.body.customerId}/requests/${asked.body.requestId}`;
    expect((await call('POST', `${path}/approve`, { actor: who.chen, body: { note: '同意' } })).status).toBe(
      403,
    );
    expect((await call('POST', `${path}/approve`, { actor: who.vp, body: { note: '同意' } })).status).toBe(
      200,
    );
  });
});
