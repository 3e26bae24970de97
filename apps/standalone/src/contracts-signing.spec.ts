import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { FormsService } from '@sales/contracts/service';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

const yuan = (amount: number) => amount * 100;

/**
 * 签约 (K3) end to end in one standalone process: a customer registered through customers' API,
 * forms issued through the forms API, signings refused without an approved report (the reports
 * slice is not mounted yet, so only the VP's override signs), on someone else's form, with lines or
 * a plan that do not add up, or money as a float; a signing interrupted between its two writes
 * completed by its retry; filing, transfer, termination, and the lists within scope.
 */
describe('签约 signing contracts in standalone (K3)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  const terms = (change: object = {}) => ({
    formNumber: 'HT-2027-0001',
    customerId,
    signedOn: '2027-03-08',
    currency: 'CNY',
    amountMinor: yuan(1_000_000),
    costEstimateMinor: yuan(600_000),
    // No VAT rates: the product lines' defaults (LED 13%, 安装服务 9%).
    lines: [
      { productLineId: 'led', amountMinor: yuan(800_000) },
      { productLineId: 'installation', amountMinor: yuan(200_000) },
    ],
    paymentPlan: [
      { name: '预付款', dueOn: '2027-03-08', amountMinor: yuan(300_000) },
      { name: '验收款', dueOn: '2027-06-30', amountMinor: yuan(700_000) },
    ],
    ...change,
  });
  const sign = (body: object, actor: Actor = who.li, headers?: Record<string, string>) =>
    harness.request('POST', '/contracts', { actor, body, headers });
  const vpSigns = (change: object = {}) =>
    sign(terms({ signerId: 'p-li', reportOverrideReason: '老客户续约，报备补办', ...change }), who.vp);
  const contract = (id: string, actor: Actor = who.li) => call('GET', `/contracts/${id}`, { actor });
  const fields = (body: { fields?: { field: string }[] }) => body.fields?.map((f) => f.field);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contracts-signing-'));
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-10T10:00:00+08:00', DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
    await hireContractsDepartment(call, call);
    const registered = await call('POST', '/customers', {
      actor: who.li,
      body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
    });
    expect(registered.status).toBe(201);
    customerId = registered.body.customerId;
    const issued = await call('POST', '/contracts/forms', {
      actor: who.salesAdmin,
      body: { holderId: 'p-li', count: 4 },
    });
    expect(issued.body.numbers).toEqual(['HT-2027-0001', 'HT-2027-0002', 'HT-2027-0003', 'HT-2027-0004']);
    await call('POST', '/contracts/forms', { actor: who.salesAdmin, body: { holderId: 'p-wang' } });
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('without an approved report: 409 naming customer and salesperson; only the VP’s override with a reason signs', async () => {
    // Contracts learns the customer from customers' events: until then the customer is unknown.
    const refused = await eventually(async () => {
      const answer = await sign(terms());
      if (answer.body.error === 'signing-customer-unknown') throw new Error('customer not replicated yet');
      return answer;
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'no-approved-report',
      details: { customerId, salespersonId: 'p-li' },
    });
    expect(refused.body.message.zh).toContain('李娜（p-li）');
    const notVp = await sign(terms({ reportOverrideReason: '我来特批' }));
    expect(notVp.status).toBe(403);
    expect(notVp.body.error).toBe('override-not-vp');

    const signed = await vpSigns({ contractId: 'k-huaxin-1' });
    expect(signed.status).toBe(201);
    expect(signed.body.contract).toMatchObject({
      contractId: 'k-huaxin-1',
      ownerId: 'p-li',
      divisionId: 'd-east',
      signedBy: 'p-vp',
      reportId: null,
      reportOverride: { by: 'p-vp', reason: '老客户续约，报备补办' },
      amountExclusiveMinor: 89_145_084,
      grossMarginMinor: 29_145_084,
      marginRateBasisPoints: 3269,
      status: 'open',
      filing: null,
    });
    expect(signed.body.contract.lines.map((l: { vatBasisPoints: number }) => l.vatBasisPoints)).toEqual([
      1300, 900,
    ]);
    const form = await call('GET', '/contracts/forms/HT-2027-0001', { actor: who.li });
    expect(form.body).toMatchObject({ status: 'used', contractId: 'k-huaxin-1' });
    // Customers consumes ContractSigned: the customer becomes active (成交).
    await eventually(async () => {
      const customer = await call('GET', `/customers/${customerId}`, { actor: who.li });
      expect(customer.body).toMatchObject({ status: 'active', activatedOn: '2027-03-08' });
    });
  });

  it('on someone else’s form 403; lines or plan not adding up 400 in 元; money as a float 400 naming the field', async () => {
    const others = await vpSigns({ formNumber: 'HT-2027-0005' });
    expect(others.status).toBe(403);
    expect(others.body.error).toBe('form-not-yours');
    expect((await sign(terms({ signerId: 'p-wang', formNumber: 'HT-2027-0005' }))).body.error).toBe(
      'signing-not-allowed',
    );
    const lines = await vpSigns({
      formNumber: 'HT-2027-0002',
      lines: [{ productLineId: 'led', amountMinor: yuan(999_999) }],
    });
    expect(lines.status).toBe(400);
    expect(lines.body.error).toBe('contract-lines-not-summing');
    expect(lines.body.message.zh).toContain('999,999.00 元');
    const plan = await vpSigns({
      formNumber: 'HT-2027-0002',
      paymentPlan: [{ name: '全款', dueOn: '2027-04-01', amountMinor: yuan(900_000) }],
    });
    expect(plan.status).toBe(400);
    expect(plan.body).toMatchObject({ error: 'payment-plan-not-summing', details: { field: 'paymentPlan' } });
    const float = await vpSigns({ formNumber: 'HT-2027-0002', amountMinor: 100_000_000.5 });
    expect(float.status).toBe(400);
    expect(fields(float.body)).toEqual(['amountMinor']);
    const text = await vpSigns({
      formNumber: 'HT-2027-0002',
      lines: [{ productLineId: 'led', amountMinor: '100000000' }],
    });
    expect(text.status).toBe(400);
    expect(fields(text.body)).toEqual(['lines[0].amountMinor']);
    // None of the refusals used the form.
    const form = await call('GET', '/contracts/forms/HT-2027-0002', { actor: who.li });
    expect(form.body.status).toBe('out');
  });

  it('a signing interrupted between the form and the contract is listed, and its retry completes it', async () => {
    // The crash: the form was bound to k-crash, the contract stream never written.
    await harness.app.get(FormsService).use('HT-2027-0002', 'k-crash', 'p-li', '2027-03-08');
    const listed = await call('GET', '/contracts/incomplete-signings', { actor: who.salesAdmin });
    expect(listed.body).toEqual([
      { number: 'HT-2027-0002', contractId: 'k-crash', holderId: 'p-li', usedOn: '2027-03-08' },
    ]);
    expect((await vpSigns({ formNumber: 'HT-2027-0002', contractId: 'k-other' })).body).toMatchObject({
      error: 'form-bound-to-unsigned-contract',
      details: { boundContractId: 'k-crash' },
    });
    // A retry that fixes no id adopts the contract the signer's form is bound to.
    const retried = await vpSigns({ formNumber: 'HT-2027-0002' });
    expect(retried.status).toBe(201);
    expect(retried.body.contract.contractId).toBe('k-crash');
    expect((await call('GET', '/contracts/incomplete-signings', { actor: who.salesAdmin })).body).toEqual([]);
    const again = await vpSigns({ formNumber: 'HT-2027-0002', contractId: 'k-crash' });
    expect(again.status).toBe(201);
    expect(again.body.events).toEqual([]);
  });

  it('an Idempotency-Key fixes the contract id: the same key twice signs once', async () => {
    const body = terms({ signerId: 'p-li', reportOverrideReason: '补办', formNumber: 'HT-2027-0003' });
    const first = await sign(body, who.vp, { 'idempotency-key': 'sign-huaxin-3' });
    const second = await sign(body, who.vp, { 'idempotency-key': 'sign-huaxin-3' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.contract.contractId).toBe(first.body.contract.contractId);
    expect(second.body.events).toEqual([]);
  });

  it('contracts are read within scope: own, division, all; other roles 403', async () => {
    const ids = (body: { contractId: string }[]) => body.map((c) => c.contractId).sort();
    expect((await contract('k-huaxin-1')).status).toBe(200);
    expect((await contract('k-huaxin-1', who.chen)).status).toBe(200);
    expect((await contract('k-huaxin-1', who.finance)).status).toBe(200);
    const colleague = await contract('k-huaxin-1', who.wang);
    expect(colleague.status).toBe(403);
    expect(colleague.body.error).toBe('not-your-contract');
    expect((await contract('k-huaxin-1', who.zhou)).status).toBe(403);
    expect((await contract('no-such-contract', who.vp)).status).toBe(404);
    expect((await call('GET', '/contracts', { actor: who.li })).body).toHaveLength(3);
    expect((await call('GET', '/contracts', { actor: who.wang })).body).toEqual([]);
    expect(ids((await call('GET', '/contracts', { actor: who.zhou })).body)).toEqual([]);
    expect((await call('GET', '/contracts', { actor: who.finance })).body).toHaveLength(3);
    expect((await call('GET', '/contracts', { actor: who.engineer })).status).toBe(403);
  });

  it('原件归档: the sales admin files the original (date, location); the unfiled list shrinks', async () => {
    const unfiled = async () => (await call('GET', '/contracts/unfiled', { actor: who.salesAdmin })).body;
    expect(await unfiled()).toHaveLength(3);
    const file = (actor: Actor) =>
      call('POST', '/contracts/k-huaxin-1/filing', {
        actor,
        body: { filedOn: '2027-03-09', location: '档案室 A-3' },
      });
    expect((await file(who.li)).status).toBe(403);
    const filed = await file(who.salesAdmin);
    expect(filed.status).toBe(200);
    expect(filed.body.contract.filing).toEqual({
      filedOn: '2027-03-09',
      location: '档案室 A-3',
      filedBy: 'p-admin-sun',
    });
    expect((await file(who.salesAdmin)).body.error).toBe('contract-already-filed');
    expect((await unfiled()).map((c: { contractId: string }) => c.contractId)).not.toContain('k-huaxin-1');
  });

  it('transfer by the owner’s division manager to a colleague; termination requested, approved by the VP', async () => {
    const transfer = (actor: Actor, toOwnerId = 'p-wang') =>
      call('POST', '/contracts/k-huaxin-1/transfer', { actor, body: { toOwnerId, reason: '李娜调岗交接' } });
    expect((await transfer(who.zhou)).status).toBe(403);
    expect((await transfer(who.chen, 'p-eng')).body.error).toBe('transfer-target-not-salesperson');
    const moved = await transfer(who.chen);
    expect(moved.status).toBe(200);
    expect(moved.body.contract).toMatchObject({ ownerId: 'p-wang', divisionId: 'd-east' });
    expect((await contract('k-huaxin-1', who.wang)).status).toBe(200);

    const request = await call('POST', '/contracts/k-huaxin-1/termination-request', {
      actor: who.wang,
      body: { terminationOn: '2027-03-10', reason: '客户项目取消' },
    });
    expect(request.status).toBe(201);
    const decide = (actor: Actor, body: object) =>
      call('POST', '/contracts/k-huaxin-1/termination-decision', { actor, body });
    expect((await decide(who.chen, { approve: true })).status).toBe(403);
    expect((await decide(who.vp, { approve: false })).body.error).toBe('rejection-reason-required');
    const approved = await decide(who.vp, { approve: true });
    expect(approved.status).toBe(200);
    expect(approved.body.contract).toMatchObject({ status: 'terminated', terminatedOn: '2027-03-10' });
    expect((await transfer(who.vp, 'p-li')).body.error).toBe('contract-terminated');
  });

  it('past the customer’s credit limit: 409 naming limit, open receivables and this amount in 元; the VP may override', async () => {
    const limit = await call('PUT', `/contracts/credit-limits/${customerId}`, {
      actor: who.finance,
      body: { limitMinor: yuan(2_500_000), currency: 'CNY' },
    });
    expect(limit.status).toBe(200);
    // Receivables' fold of the contracts may lag up to 2 s: the two open contracts (k-huaxin-1 was
    // terminated) count once it has caught up.
    await eventually(async () => {
      const credit = await call('GET', `/contracts/credit-limits/${customerId}`, { actor: who.finance });
      expect(credit.body).toMatchObject({ openReceivablesMinor: yuan(2_000_000) });
    }, 10_000);
    const refused = await vpSigns({ formNumber: 'HT-2027-0004' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'credit-limit-exceeded',
      details: { limit: '2,500,000.00 元', open: '2,000,000.00 元', amount: '1,000,000.00 元' },
    });
    expect(refused.body.message.zh).toContain('2,500,000.00 元');
    const overridden = await vpSigns({
      formNumber: 'HT-2027-0004',
      creditOverrideReason: '战略客户，副总担保',
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body.contract.creditOverride).toMatchObject({
      by: 'p-vp',
      reason: '战略客户，副总担保',
      limitMinor: yuan(2_500_000),
    });
  });
});
