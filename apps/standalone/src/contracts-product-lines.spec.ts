import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

const yuan = (amount: number) => amount * 100;

/**
 * 产品线目录 end to end in one standalone process: the defaults, a line defined by the IT admin and
 * its VAT rate changed by the VP (a signing without a rate takes the catalogue's), a salesperson
 * refused, bad input named, and a retired line refused at signing.
 */
describe('产品线目录 the product-line catalogue in standalone (K2, K3)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  const fields = (body: { fields?: { field: string }[] }) => body.fields?.map((f) => f.field);
  const catalogue = async (actor: Actor = who.li) =>
    (await call('GET', '/contracts/product-lines', { actor })).body as {
      id: string;
      vatBasisPoints: number;
      active: boolean;
    }[];
  const vpSigns = (formNumber: string, productLineId: string) =>
    call('POST', '/contracts', {
      actor: who.vp,
      body: {
        formNumber,
        customerId,
        signerId: 'p-li',
        reportOverrideReason: '老客户续约，报备补办',
        signedOn: '2027-03-08',
        currency: 'CNY',
        amountMinor: yuan(500_000),
        costEstimateMinor: yuan(300_000),
        lines: [{ productLineId, amountMinor: yuan(500_000) }],
        paymentPlan: [{ name: '全款', dueOn: '2027-04-01', amountMinor: yuan(500_000) }],
      },
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contracts-product-lines-'));
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-10T10:00:00+08:00', DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
    await hireContractsDepartment(call, call);
    const registered = await call('POST', '/customers', {
      actor: who.li,
      body: { name: '远景户外传媒有限公司', industry: '广告', region: '杭州', source: '展会' },
    });
    expect(registered.status).toBe(201);
    customerId = registered.body.customerId;
    const issued = await call('POST', '/contracts/forms', {
      actor: who.salesAdmin,
      body: { holderId: 'p-li', count: 2 },
    });
    expect(issued.body.numbers).toEqual(['HT-2027-0001', 'HT-2027-0002']);
  }, 120_000);
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts with the defaults: LED, LCD 拼接屏, 控制系统 at 13%, 安装服务 at 9%, for anyone in the tree', async () => {
    const lines = await catalogue(who.installer);
    expect(lines).toEqual([
      {
        id: 'led',
        name: { zh: 'LED 显示屏', en: 'LED display' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'lcd-wall',
        name: { zh: 'LCD 拼接屏', en: 'LCD video wall' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'control',
        name: { zh: '控制系统', en: 'control system' },
        vatBasisPoints: 1300,
        active: true,
        retiredOn: null,
      },
      {
        id: 'installation',
        name: { zh: '安装服务', en: 'installation service' },
        vatBasisPoints: 900,
        active: true,
        retiredOn: null,
      },
    ]);
    const stranger = await call('GET', '/contracts/product-lines', {
      actor: { userId: 'p-nobody', role: 'salesperson' },
    });
    expect(stranger.status).toBe(403);
  });

  it('the admin defines 户外 LED 屏, the VP changes its VAT; a signing without a rate takes the new default', async () => {
    const defined = await call('POST', '/contracts/product-lines', {
      actor: who.admin,
      body: {
        productLineId: 'outdoor-led',
        name: { zh: '户外 LED 屏', en: 'outdoor LED display' },
        vatBasisPoints: 1300,
      },
    });
    expect(defined.status).toBe(201);
    expect(defined.body.line).toEqual({
      id: 'outdoor-led',
      name: { zh: '户外 LED 屏', en: 'outdoor LED display' },
      vatBasisPoints: 1300,
      active: true,
      retiredOn: null,
    });
    expect(defined.body.events.map((e: { type: string }) => e.type)).toEqual(['ProductLineDefined']);
    const again = await call('POST', '/contracts/product-lines', {
      actor: who.vp,
      body: { productLineId: 'outdoor-led', name: { zh: '户外屏', en: 'outdoor' }, vatBasisPoints: 1300 },
    });
    expect(again.status).toBe(409);
    expect(again.body.message.zh).toContain('户外 LED 屏');

    const changed = await call('PUT', '/contracts/product-lines/outdoor-led', {
      actor: who.vp,
      body: { vatBasisPoints: 1000 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.line).toMatchObject({ vatBasisPoints: 1000, name: { zh: '户外 LED 屏' } });
    const retried = await call('PUT', '/contracts/product-lines/outdoor-led', {
      actor: who.vp,
      body: { vatBasisPoints: 1000 },
    });
    expect(retried.body.events).toEqual([]);
    expect((await catalogue()).find((l) => l.id === 'outdoor-led')).toMatchObject({
      vatBasisPoints: 1000,
      active: true,
    });

    const signed = await eventually(async () => {
      const answer = await vpSigns('HT-2027-0001', 'outdoor-led');
      if (answer.body.error === 'signing-customer-unknown') throw new Error('customer not replicated yet');
      return answer;
    });
    expect(signed.status).toBe(201);
    expect(signed.body.contract.lines).toMatchObject([
      { productLineId: 'outdoor-led', vatBasisPoints: 1000 },
    ]);
  });

  it('a salesperson may not edit the catalogue (403); bad input is 400 naming the field; unknown lines 404', async () => {
    const salesperson = await call('POST', '/contracts/product-lines', {
      actor: who.li,
      body: { productLineId: 'kiosk', name: { zh: '查询机', en: 'kiosk' }, vatBasisPoints: 1300 },
    });
    expect(salesperson.status).toBe(403);
    expect(salesperson.body.error).toBe('catalogue-edit-not-allowed');
    expect(salesperson.body.message.zh).toContain('你的角色：业务员');
    const put = await call('PUT', '/contracts/product-lines/led', {
      actor: who.li,
      body: { vatBasisPoints: 600 },
    });
    expect(put.status).toBe(403);

    for (const [body, field] of [
      [
        { productLineId: 'Kiosk', name: { zh: '查询机', en: 'kiosk' }, vatBasisPoints: 1300 },
        'productLineId',
      ],
      [{ productLineId: 'kiosk', name: { zh: '', en: 'kiosk' }, vatBasisPoints: 1300 }, 'name.zh'],
      [{ productLineId: 'kiosk', name: { zh: '查询机' }, vatBasisPoints: 1300 }, 'name.en'],
      [
        { productLineId: 'kiosk', name: { zh: '查询机', en: 'kiosk' }, vatBasisPoints: 13.5 },
        'vatBasisPoints',
      ],
      [
        { productLineId: 'kiosk', name: { zh: '查询机', en: 'kiosk' }, vatBasisPoints: 10_001 },
        'vatBasisPoints',
      ],
    ] as const) {
      const refused = await call('POST', '/contracts/product-lines', { actor: who.admin, body });
      expect({ field, status: refused.status, fields: fields(refused.body) }).toEqual({
        field,
        status: 400,
        fields: [field],
      });
    }
    const badChange = await call('PUT', '/contracts/product-lines/led', {
      actor: who.vp,
      body: { vatBasisPoints: '1300' },
    });
    expect(badChange.status).toBe(400);
    expect(fields(badChange.body)).toEqual(['vatBasisPoints']);
    const unknown = await call('POST', '/contracts/product-lines/kiosk/retire', { actor: who.admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('product-line-unknown');
  });

  it('a retired line stays listed, inactive; signing with it is refused (400 unknown-product-line); a second retirement 409', async () => {
    const retired = await call('POST', '/contracts/product-lines/outdoor-led/retire', { actor: who.admin });
    expect(retired.status).toBe(200);
    expect(retired.body.line).toMatchObject({ active: false, retiredOn: '2027-03-10' });
    expect((await catalogue()).find((l) => l.id === 'outdoor-led')).toMatchObject({ active: false });

    const refused = await vpSigns('HT-2027-0002', 'outdoor-led');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: 'unknown-product-line',
      details: { productLineId: 'outdoor-led' },
    });
    const twice = await call('POST', '/contracts/product-lines/outdoor-led/retire', { actor: who.vp });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe('product-line-retired');
    // The form was not used by the refusal: an active line still signs on it.
    expect((await vpSigns('HT-2027-0002', 'led')).status).toBe(201);
  });
});
