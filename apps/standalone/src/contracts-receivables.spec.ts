import Ajv from 'ajv';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContractTerms, contractStreamId } from '@sales/contracts/domain';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { OverdueRounds } from '@sales/contracts/service';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { type Actor, SYSTEM_ACTOR } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

const yuan = (amount: number) => amount * 100;

/**
 * 应收账款 (K5) end to end in one standalone process: invoices against the payment plan, payments
 * (before any invoice, without an invoice, retried), 红冲, reversals, the instalments' standing,
 * the daily overdue job, ageing on a chosen date within each reader's scope, and the credit
 * exposure signing asks for. Signing's API is written in parallel, so contracts are created by
 * appending a ContractSigned of the seam's shape to the contracts store (`sign` below). Time moves
 * by restarting the process on the same data directory with a later SALES_CLOCK.
 */
describe('应收账款 receivables in standalone (K5)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  const boot = async (clock: string) => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: clock, DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
  };
  const contracts = () => harness.app.get<ContextRuntime>(contextRuntimeToken('contracts'));

  /** A signed contract as signing will record it: the seam's ContractSigned on `contract-<id>`. */
  const sign = async (terms: ContractTerms) => {
    await contracts().store.append({
      streamId: contractStreamId(terms.contractId),
      expectedVersion: 0,
      events: [{ type: 'ContractSigned', data: { terms, signedBy: terms.signerId } }],
      metadata: { actor: SYSTEM_ACTOR, correlationId: `spec-sign-${terms.contractId}` },
    });
  };
  const terms = (
    contractId: string,
    owner: Readonly<{ signerId: string; divisionId: string }>,
    plan: readonly [string, string, string, number][],
  ): ContractTerms => {
    const amountMinor = plan.reduce((sum, [, , , amount]) => sum + amount, 0);
    return {
      contractId,
      formNumber: `HT-2027-${contractId}`,
      customerId,
      ...owner,
      signedOn: '2027-01-10',
      currency: 'CNY',
      amountMinor,
      costEstimateMinor: Math.round(amountMinor / 2),
      lines: [{ productLineId: 'led', amountMinor, vatBasisPoints: 1300 }],
      paymentPlan: plan.map(([instalmentId, name, dueOn, amount]) => ({
        instalmentId,
        name,
        dueOn,
        amountMinor: amount,
      })),
      reportId: null,
      override: { by: 'p-vp', reason: '测试 / spec' },
    };
  };

  const invoice = (contractId: string, body: object, actor: Actor = who.finance) =>
    call('POST', `/contracts/${contractId}/invoices`, { actor, body });
  const pay = (contractId: string, body: object, actor: Actor = who.finance) =>
    call('POST', `/contracts/${contractId}/payments`, { actor, body });
  const receivable = (contractId: string, actor: Actor = who.finance, asOf?: string) =>
    call('GET', `/contracts/${contractId}/receivable${asOf ? `?asOf=${asOf}` : ''}`, { actor });
  const ageing = (query: string, actor: Actor = who.finance) =>
    call('GET', `/contracts/receivables/ageing?${query}`, { actor });
  const standing = (body: {
    instalments: { instalmentId: string; status: string; receivedMinor: number }[];
  }) => body.instalments.map((i) => `${i.instalmentId} ${i.status} ${i.receivedMinor / 100}`);
  const published = async (type: string) => {
    const found: EventEnvelope[] = [];
    for await (const event of contracts().store.readPublished()) if (event.type === type) found.push(event);
    return found;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contracts-receivables-'));
    await boot('2027-01-20T10:00:00+08:00');
    await hireContractsDepartment(call, call);
    const registered = await eventually(async () => {
      const answer = await call('POST', '/customers', {
        actor: who.li,
        body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
      });
      if (answer.status !== 201) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
      return answer;
    }, 30_000);
    customerId = registered.body.customerId;
    const li = { signerId: 'p-li', divisionId: 'd-east' };
    await sign(
      terms('k-east', li, [
        ['i1', '预付款', '2027-01-31', yuan(300_000)],
        ['i2', '到货款', '2027-03-31', yuan(500_000)],
        ['i3', '验收款', '2027-06-30', yuan(200_000)],
      ]),
    );
    await sign(
      terms('k-south', { signerId: 'p-he', divisionId: 'd-south' }, [
        ['i1', '全款', '2027-01-31', yuan(200_000)],
      ]),
    );
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a payment before any invoice is a prepayment (预收); the first instalment shows it', async () => {
    const prepaid = await pay('k-east', {
      paymentId: 'pay-pre',
      amountMinor: yuan(100_000),
      receivedOn: '2027-01-15',
      method: 'bank_transfer',
    });
    expect(prepaid.status).toBe(201);
    expect(prepaid.body).toMatchObject({ paymentId: 'pay-pre', events: [{ type: 'PaymentReceived' }] });
    const [event] = await published('PaymentReceived');
    expect(event.data).toEqual({
      paymentId: 'pay-pre',
      contractId: 'k-east',
      customerId,
      ownerId: 'p-li',
      divisionId: 'd-east',
      amountMinor: yuan(100_000),
      currency: 'CNY',
      receivedOn: '2027-01-15',
      method: 'bank_transfer',
      invoiceId: null,
      prepayment: true,
      recordedBy: 'p-fin',
    });
    const view = await receivable('k-east');
    expect(view.status).toBe(200);
    expect(standing(view.body)).toEqual(['i1 partly_paid 100000', 'i2 unpaid 0', 'i3 unpaid 0']);
    expect(view.body).toMatchObject({ received: '100,000.00 元', outstanding: '900,000.00 元' });
  });

  it('finance invoices the plan; a due date before the issue date, a float, another role are refused', async () => {
    const dueBefore = await invoice('k-east', {
      instalmentId: 'i1',
      amountMinor: yuan(300_000),
      issuedOn: '2027-01-16',
      dueOn: '2027-01-15',
    });
    expect(dueBefore.status).toBe(400);
    expect(dueBefore.body).toMatchObject({ error: 'due-before-issue', details: { field: 'dueOn' } });
    const float = await invoice('k-east', {
      instalmentId: 'i1',
      amountMinor: 1000.5,
      issuedOn: '2027-01-16',
      dueOn: '2027-01-31',
    });
    expect(float.status).toBe(400);
    expect(JSON.stringify(float.body)).toContain('amountMinor');
    const bySalesperson = await invoice(
      'k-east',
      { instalmentId: 'i1', amountMinor: yuan(300_000), issuedOn: '2027-01-16', dueOn: '2027-01-31' },
      who.li,
    );
    expect(bySalesperson.status).toBe(403);
    expect(bySalesperson.body.error).toBe('receivables-finance-only');
    expect(
      (
        await invoice('k-nope', {
          instalmentId: 'i1',
          amountMinor: 1,
          issuedOn: '2027-01-16',
          dueOn: '2027-01-31',
        })
      ).status,
    ).toBe(404);

    for (const [invoiceId, instalmentId, amountMinor, issuedOn, dueOn] of [
      ['inv-2', 'i2', yuan(500_000), '2027-01-17', '2027-03-31'],
      ['inv-1', 'i1', yuan(300_000), '2027-01-18', '2027-01-31'],
    ] as const) {
      const issued = await invoice('k-east', { invoiceId, instalmentId, amountMinor, issuedOn, dueOn });
      expect(issued.status).toBe(201);
    }
    const retried = await invoice('k-east', {
      invoiceId: 'inv-1',
      instalmentId: 'i1',
      amountMinor: yuan(300_000),
      issuedOn: '2027-01-18',
      dueOn: '2027-01-31',
    });
    expect(retried.status).toBe(201);
    expect(retried.body.events).toEqual([]);
  });

  it('a payment without an invoice settles the oldest due invoice first; a retry records nothing', async () => {
    const body = {
      paymentId: 'pay-2',
      amountMinor: yuan(250_000),
      receivedOn: '2027-01-19',
      method: 'acceptance_bill',
    };
    expect((await pay('k-east', body)).status).toBe(201);
    const retry = await pay('k-east', body);
    expect(retry.status).toBe(201);
    expect(retry.body.events).toEqual([]);
    const events = await published('PaymentReceived');
    expect(
      events.map((e) => e.data as { paymentId: string; invoiceId: string; prepayment: boolean }),
    ).toMatchObject([
      { paymentId: 'pay-pre' },
      { paymentId: 'pay-2', invoiceId: 'inv-1', prepayment: false },
    ]);
    const view = await receivable('k-east');
    expect(view.body.invoices).toMatchObject([
      { invoiceId: 'inv-2', settledMinor: 0, status: 'open' },
      { invoiceId: 'inv-1', settledMinor: yuan(250_000), status: 'partly_settled' },
    ]);
    expect(standing(view.body)).toEqual(['i1 paid 300000', 'i2 partly_paid 50000', 'i3 unpaid 0']);
  });

  it('红冲: a voided invoice takes no payment; its reason is kept', async () => {
    expect(
      (
        await invoice('k-east', {
          invoiceId: 'inv-3',
          instalmentId: 'i3',
          amountMinor: yuan(200_000),
          issuedOn: '2027-01-19',
          dueOn: '2027-06-30',
        })
      ).status,
    ).toBe(201);
    const voided = await call('POST', '/contracts/k-east/invoices/inv-3/void', {
      actor: who.finance,
      body: { reason: '开票信息有误' },
    });
    expect(voided.status).toBe(200);
    expect((await published('InvoiceVoided'))[0].data).toMatchObject({
      invoiceId: 'inv-3',
      reason: '开票信息有误',
      voidedOn: '2027-01-20',
    });
    const against = await pay('k-east', {
      amountMinor: yuan(1),
      receivedOn: '2027-01-20',
      method: 'cash',
      invoiceId: 'inv-3',
    });
    expect(against.status).toBe(409);
    expect(against.body.error).toBe('invoice-voided');
    expect((await receivable('k-east')).body.invoices[2]).toMatchObject({
      status: 'voided',
      voided: { reason: '开票信息有误' },
    });
  });

  it('a reversal undoes part of a payment, with a reason; not more than is left', async () => {
    const reversal = (amountMinor: number, reversalId: string) =>
      call('POST', '/contracts/k-east/payments/pay-2/reversals', {
        actor: who.finance,
        body: { reversalId, amountMinor, reversedOn: '2027-01-20', reason: '承兑汇票退票' },
      });
    expect((await reversal(yuan(50_000), 'rev-1')).status).toBe(201);
    const tooMuch = await reversal(yuan(200_001), 'rev-2');
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error).toBe('reversal-exceeds-payment');
    expect(tooMuch.body.message.zh).toContain('200,000.00 元');
    expect((await published('PaymentReversed'))[0].data).toMatchObject({
      paymentId: 'rev-1',
      reversalOf: 'pay-2',
      customerId,
      ownerId: 'p-li',
      divisionId: 'd-east',
      amountMinor: yuan(50_000),
      reversedOn: '2027-01-20',
      reason: '承兑汇票退票',
    });
    expect(standing((await receivable('k-east')).body)).toEqual([
      'i1 paid 300000',
      'i2 unpaid 0',
      'i3 unpaid 0',
    ]);
    // The money comes back the same day.
    expect(
      (
        await pay('k-east', {
          paymentId: 'pay-3',
          amountMinor: yuan(50_000),
          receivedOn: '2027-01-20',
          method: 'bank_transfer',
        })
      ).status,
    ).toBe(201);
  });

  it('the daily job marks an unpaid instalment overdue the day after its due date, once however often it runs', async () => {
    expect(await published('InstalmentOverdue')).toEqual([]);
    await harness.close();
    await boot('2027-02-01T08:00:00+08:00');
    const rounds = harness.app.get(OverdueRounds);
    // The round at start, then twice more, two at once: still one event per instalment.
    await rounds.runOnce();
    await Promise.all([rounds.runOnce(), rounds.runOnce()]);
    const overdue = await published('InstalmentOverdue');
    expect(overdue.map((e) => e.data)).toEqual([
      {
        contractId: 'k-south',
        customerId,
        ownerId: 'p-he',
        divisionId: 'd-south',
        instalmentId: 'i1',
        name: '全款',
        dueOn: '2027-01-31',
        amountMinor: yuan(200_000),
        outstandingMinor: yuan(200_000),
        currency: 'CNY',
        overdueOn: '2027-02-01',
      },
    ]);
    expect(standing((await receivable('k-south')).body)).toEqual(['i1 overdue 0']);
    expect(standing((await receivable('k-east')).body)).toEqual([
      'i1 paid 300000',
      'i2 partly_paid 50000',
      'i3 unpaid 0',
    ]);
  });

  it('ageing on a chosen date by contract, customer, salesperson and division; 0 days is not yet due', async () => {
    const byContract = await ageing('asOf=2027-05-15&groupBy=contract');
    expect(byContract.status).toBe(200);
    expect(byContract.body.rows).toEqual([
      expect.objectContaining({
        contractId: 'k-east',
        buckets: { not_due: yuan(200_000), d1_30: 0, d31_60: yuan(450_000), d61_90: 0, d90_plus: 0 },
        total: '650,000.00 元',
      }),
      expect.objectContaining({
        contractId: 'k-south',
        buckets: { not_due: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: yuan(200_000) },
      }),
    ]);
    const byCustomer = await ageing('asOf=2027-05-15&groupBy=customer', who.vp);
    expect(byCustomer.body.rows).toMatchObject([{ customerId, totalMinor: yuan(850_000) }]);
    const byOwner = await ageing('asOf=2027-05-15&groupBy=owner', who.salesAdmin);
    expect(byOwner.body.rows.map((r: { ownerId: string; name: string }) => `${r.ownerId} ${r.name}`)).toEqual(
      ['p-he 何芸', 'p-li 李娜'],
    );
    const byDivision = await ageing('asOf=2027-05-15&groupBy=division', who.admin);
    expect(
      byDivision.body.rows.map((r: { divisionId: string; totalMinor: number }) => [
        r.divisionId,
        r.totalMinor,
      ]),
    ).toEqual([
      ['d-east', yuan(650_000)],
      ['d-south', yuan(200_000)],
    ]);
    // 2027-03-31 is i2's due date: not yet due that day, 1 day overdue the next.
    expect((await ageing('asOf=2027-03-31')).body.rows[0].buckets).toMatchObject({ not_due: yuan(650_000) });
    expect((await ageing('asOf=2027-04-01')).body.rows[0].buckets).toMatchObject({ d1_30: yuan(450_000) });
  });

  it('ageing within scope: a salesperson their own, a manager their division, installers none', async () => {
    const ids = async (actor: Actor) =>
      (await ageing('asOf=2027-05-15', actor)).body.rows.map((r: { contractId: string }) => r.contractId);
    expect(await ids(who.li)).toEqual(['k-east']);
    expect(await ids(who.wang)).toEqual([]);
    expect(await ids(who.chen)).toEqual(['k-east']);
    expect(await ids(who.zhou)).toEqual(['k-south']);
    const installer = await ageing('asOf=2027-05-15', who.installer);
    expect(installer.status).toBe(403);
    expect((await receivable('k-south', who.li)).status).toBe(403);
    expect((await receivable('k-south', who.zhou)).status).toBe(200);
  });

  it('finance sets a credit limit; exposure = open contracts’ amounts less net received', async () => {
    const set = await call('PUT', `/contracts/credit-limits/${customerId}`, {
      actor: who.finance,
      body: { limitMinor: yuan(1_000_000), currency: 'CNY' },
    });
    expect(set.status).toBe(200);
    expect((await published('CreditLimitSet'))[0].data).toMatchObject({
      customerId,
      limitMinor: yuan(1_000_000),
    });
    const notFinance = await call('PUT', `/contracts/credit-limits/${customerId}`, {
      actor: who.vp,
      body: { limitMinor: yuan(1), currency: 'CNY' },
    });
    expect(notFinance.status).toBe(403);
    const float = await call('PUT', `/contracts/credit-limits/${customerId}`, {
      actor: who.finance,
      body: { limitMinor: 10.5, currency: 'CNY' },
    });
    expect(float.status).toBe(400);
    expect(JSON.stringify(float.body)).toContain('limitMinor');
    const exposure = await call('GET', `/contracts/credit-limits/${customerId}`, { actor: who.finance });
    // 1,200,000 signed − 350,000 net received on k-east.
    expect(exposure.body).toMatchObject({
      limitMinor: yuan(1_000_000),
      openReceivablesMinor: yuan(850_000),
      currency: 'CNY',
      openReceivables: '850,000.00 元',
    });
  });

  it('the reads answer what their OpenAPI response schemas say', async () => {
    const openapi = (await call('GET', '/openapi.json', { actor: who.admin })).body;
    const ajv = new Ajv({ strict: false, validateFormats: false });
    for (const [path, route] of [
      ['/contracts/k-east/receivable', '/contracts/{contractId}/receivable'],
      ['/contracts/receivables/ageing?asOf=2027-05-15&groupBy=owner', '/contracts/receivables/ageing'],
      ['/contracts/receivables/ageing?asOf=2027-05-15', '/contracts/receivables/ageing'],
      [`/contracts/credit-limits/${customerId}`, '/contracts/credit-limits/{customerId}'],
    ]) {
      const response = await call('GET', path, { actor: who.finance });
      expect(response.status).toBe(200);
      const validate = ajv.compile(
        openapi.paths[route].get.responses['200'].content['application/json'].schema,
      );
      expect({ path, valid: validate(response.body), errors: validate.errors }).toEqual({
        path,
        valid: true,
        errors: null,
      });
    }
  });
});
