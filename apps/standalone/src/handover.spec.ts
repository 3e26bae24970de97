import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

const yuan = (amount: number) => amount * 100;

type Item = { kind: string; id: string; label: string };
type Cleared = { kind: string; id: string; how: string };

/**
 * What was cleared, leaving out HT-2027-0001's use: FormUsed comes on the form book's stream, not
 * the contract's, and may reach handover after the notice — then it clears as used, rightly.
 */
const clearedOf = (body: { cleared: Cleared[] }) =>
  body.cleared.filter((c) => !(c.kind === 'form' && c.id === 'HT-2027-0001' && c.how === 'used'));

/**
 * 离职交接 (O2) end to end in one standalone process, over HTTP only. 李娜 owns two customers, a
 * contract signed on one of her forms and a form still out — all recorded BEFORE she resigns, so
 * handover must have kept her holdings from the start of customers' and contracts' topics. Her
 * notice is refused a day short of 30 days; her case is blocked while anything is open, and each
 * customer transfer, the contract's transfer and the form's return tick their item off as the
 * events arrive; finance and the 市场部主管 clear the rest; then it completes. 何芸 leaves without
 * handover: the VP records 离职处理 with what was left open.
 */
describe('离职交接 resignation handover in standalone (O2)', () => {
  let harness: AppHarness;
  let call: ApiCall;
  let huaxin: string;
  let dongfang: string;
  let caseId: string;

  const register = async (name: string, actor: Actor = who.li) => {
    const answer = await eventually(async () => {
      const registered = await call('POST', '/customers', {
        actor,
        body: { name, industry: '显示屏', region: '上海', source: '展会' },
      });
      if (registered.status !== 201) throw new Error(`register ${name}: ${JSON.stringify(registered.body)}`);
      return registered;
    });
    return answer.body.customerId as string;
  };
  const view = (id: string, actor: Actor = who.chen) => call('GET', `/handover/cases/${id}`, { actor });
  const openOf = async (id: string) => ((await view(id)).body.open as Item[]).map((i) => `${i.kind}:${i.id}`);
  const step = (path: string, actor: Actor, body?: object) =>
    call('POST', `/handover/cases/${caseId}/${path}`, { actor, body });

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-10T10:00:00+08:00' });
    call = (method, path, options) => harness.request(method, path, options);
    await hireContractsDepartment(call, call);
    huaxin = await register('华信光电科技有限公司');
    dongfang = await register('东方影院管理有限公司');
    const issued = await call('POST', '/contracts/forms', {
      actor: who.salesAdmin,
      body: { holderId: 'p-li', count: 2 },
    });
    expect(issued.body.numbers).toEqual(['HT-2027-0001', 'HT-2027-0002']);
    // The VP signs for her (no pre-signing report in this scenario: his override, with a reason).
    const signed = await eventually(async () => {
      const answer = await call('POST', '/contracts', {
        actor: who.vp,
        body: {
          contractId: 'k-huaxin',
          formNumber: 'HT-2027-0001',
          customerId: huaxin,
          signerId: 'p-li',
          reportOverrideReason: '老客户续约，报备补办',
          signedOn: '2027-03-08',
          currency: 'CNY',
          amountMinor: yuan(1_000_000),
          costEstimateMinor: yuan(600_000),
          lines: [{ productLineId: 'led', amountMinor: yuan(1_000_000) }],
          paymentPlan: [{ name: '全款', dueOn: '2027-06-30', amountMinor: yuan(1_000_000) }],
        },
      });
      if (answer.status !== 201) throw new Error(`sign: ${JSON.stringify(answer.body)}`);
      return answer;
    });
    expect(signed.body.contract.ownerId).toBe('p-li');
  });
  afterAll(() => harness.close());

  it('a notice shorter than 30 days is refused with the earliest last day allowed; only she, a manager above her or the VP files it', async () => {
    const notice = (actor: Actor, lastDay: string, personId = 'p-li') =>
      call('POST', '/handover/cases', { actor, body: { personId, lastDay } });
    const short = await eventually(async () => {
      const answer = await notice(who.li, '2027-04-08');
      if (answer.body.error === 'unknown-person') throw new Error('handover does not know the tree yet');
      return answer;
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      error: 'notice-too-short',
      details: { field: 'lastDay', earliestLastDay: '2027-04-09' },
    });
    expect(short.body.message.zh).toContain('最早可定为 2027-04-09');
    expect((await notice(who.wang, '2027-04-30')).status).toBe(403);
    expect((await notice(who.zhou, '2027-04-30')).body.error).toBe('notice-not-allowed');
    const badDate = await notice(who.li, '2027-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields.map((f: { field: string }) => f.field)).toEqual(['lastDay']);
    const noPerson = await call('POST', '/handover/cases', {
      actor: who.li,
      body: { lastDay: '2027-04-30' },
    });
    expect(noPerson.status).toBe(400);
    expect(noPerson.body.fields.map((f: { field: string }) => f.field)).toEqual(['personId']);

    const filed = await notice(who.li, '2027-04-30');
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      personId: 'p-li',
      personName: '李娜',
      status: 'open',
      noticedOn: '2027-03-10',
      lastDay: '2027-04-30',
      supervisorName: '陈志强',
    });
    caseId = filed.body.caseId;
    expect((await notice(who.li, '2027-05-30')).status).toBe(409);
  });

  it('the checklist holds what she owned before the notice, by name, with money in 元; completion is refused listing it', async () => {
    await eventually(async () =>
      expect(await openOf(caseId)).toEqual(
        [
          `customer:${dongfang}`,
          `customer:${huaxin}`,
          'contract:k-huaxin',
          'form:HT-2027-0002',
          `accounts:${caseId}`,
          `sign-off:${caseId}`,
        ].sort((a, b) => kindOrder(a) - kindOrder(b) || a.localeCompare(b)),
      ),
    );
    const refused = await step('complete', who.chen);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'handover-items-open', details: { count: 6 } });
    expect(refused.body.message.zh).toContain('李娜（p-li） 的离职交接还有 6 项未完成');
    expect(refused.body.message.zh).toContain('客户：华信光电科技有限公司');
    expect(refused.body.message.zh).toContain(
      '合同 HT-2027-0001（华信光电科技有限公司，合同金额 1,000,000.00 元，未收 1,000,000.00 元）',
    );
    expect(refused.body.message.zh).toContain('合同 HT-2027-0002 领用未交回');
    expect(refused.body.message.zh).not.toContain(huaxin);
    // Scope: a colleague reads nobody's case; she reads her own.
    expect((await view(caseId, who.wang)).status).toBe(403);
    expect((await view(caseId, who.li)).status).toBe(200);
    expect((await step('complete', who.li)).body.error).toBe('complete-not-allowed');
  });

  it('each transfer and the form’s return tick their item off as the event arrives, naming the colleague', async () => {
    const one = await call('POST', `/customers/${huaxin}/transfer`, {
      actor: who.chen,
      body: { toOwnerId: 'p-wang', reason: 'handover', note: '李娜离职交接' },
    });
    expect(one.status).toBe(200);
    await eventually(async () => expect(await openOf(caseId)).not.toContain(`customer:${huaxin}`));
    const cleared = clearedOf((await view(caseId)).body);
    expect(cleared).toEqual([
      {
        kind: 'customer',
        id: huaxin,
        how: 'transferred',
        toPersonId: 'p-wang',
        toName: '王磊',
        on: '2027-03-10',
      },
    ]);
    const bulk = await call('POST', '/customers/transfers', {
      actor: who.chen,
      body: { fromOwnerId: 'p-li', toOwnerId: 'p-wang', reason: 'handover', note: '李娜离职交接' },
    });
    expect(bulk.status).toBe(200);
    const moved = await call('POST', '/contracts/k-huaxin/transfer', {
      actor: who.chen,
      body: { toOwnerId: 'p-wang', reason: '李娜离职交接' },
    });
    expect(moved.status).toBe(200);
    const returned = await call('POST', '/contracts/forms/HT-2027-0002/return', { actor: who.salesAdmin });
    expect(returned.status).toBe(200);
    await eventually(async () =>
      expect(await openOf(caseId)).toEqual([`accounts:${caseId}`, `sign-off:${caseId}`]),
    );
    const body = (await view(caseId)).body;
    expect(clearedOf(body).map((c) => `${c.kind}:${c.how}`)).toEqual([
      'customer:transferred',
      'customer:transferred',
      'contract:transferred',
      'form:returned',
    ]);
    expect(body.blocked).toBe(true);
  });

  it('finance settles the accounts, the 市场部主管 signs (nobody else); then the case completes', async () => {
    expect((await step('sign-off', who.chen)).body.error).toBe('sign-off-sales-admin-only');
    expect((await step('sign-off', who.vp)).status).toBe(403);
    expect((await step('accounts-settled', who.salesAdmin, { note: '账目已清' })).body.error).toBe(
      'accounts-finance-only',
    );
    expect((await step('accounts-settled', who.finance, { note: '备用金已归还' })).status).toBe(200);
    const signed = await step('sign-off', who.salesAdmin);
    expect(signed.status).toBe(200);
    expect(signed.body.checklist.signedOff).toMatchObject({ by: 'p-admin-sun', byName: '孙丽' });
    expect(signed.body.open).toEqual([]);
    const done = await step('complete', who.chen);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', closed: { by: 'p-chen', byName: '陈志强' } });
    expect((await step('complete', who.chen)).body.error).toBe('case-closed');
    const list = await call('GET', '/handover/cases?status=completed', { actor: who.vp });
    expect(list.body.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect((await call('GET', '/handover/cases?status=gone', { actor: who.vp })).status).toBe(400);
    expect(await call('GET', '/handover/cases', { actor: who.wang }).then((r) => r.body)).toEqual([]);
  });

  it('org follows the case: 李娜 is resigning from the notice and gone from the tree after her last day', async () => {
    const treeOn = async (asOf: string) =>
      (await call('GET', `/org/tree?asOf=${asOf}`, { actor: who.vp })).body as {
        people: Array<{ id: string; status: string }>;
        divisions: Array<{ id: string; members: string[] }>;
      };
    await eventually(async () => {
      expect((await treeOn('2027-04-30')).people.find((p) => p.id === 'p-li')).toMatchObject({
        status: 'resigning',
      });
      const after = await treeOn('2027-05-01');
      expect(after.people.map((p) => p.id)).not.toContain('p-li');
      expect(after.divisions.flatMap((d) => d.members)).not.toContain('p-li');
    });
    expect((await treeOn('2027-03-09')).people.find((p) => p.id === 'p-li')).toMatchObject({
      status: 'active',
    });
  });

  it('离职处理: 何芸 leaves without handover; the VP records it with a reason and what was left open', async () => {
    await call('POST', '/contracts/forms', { actor: who.salesAdmin, body: { holderId: 'p-he' } });
    const filed = await call('POST', '/handover/cases', {
      actor: who.zhou,
      body: { personId: 'p-he', lastDay: '2027-04-15' },
    });
    expect(filed.status).toBe(201);
    const heCase = filed.body.caseId as string;
    await eventually(async () =>
      expect(((await view(heCase, who.zhou)).body.open as Item[]).map((i) => i.kind)).toContain('form'),
    );
    const exit = (actor: Actor, body: object) =>
      call('POST', `/handover/cases/${heCase}/exit-without-handover`, { actor, body });
    expect((await exit(who.zhou, { reason: '未办交接即离岗' })).body.error).toBe('exit-vp-only');
    const noReason = await exit(who.vp, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    const left = await exit(who.vp, { reason: '未办交接即离岗' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'left-without-handover', exitReason: '未办交接即离岗' });
    expect(left.body.leftOpen).toEqual([
      { kind: 'form', id: 'HT-2027-0003' },
      { kind: 'accounts', id: heCase },
      { kind: 'sign-off', id: heCase },
    ]);
    expect((await call('GET', '/handover/cases/resignation-p-nobody-1', { actor: who.vp })).status).toBe(404);
    // 离职处理 takes her out of the tree after her last day too.
    await eventually(async () => {
      const tree = (await call('GET', '/org/tree?asOf=2027-04-16', { actor: who.vp })).body;
      expect(tree.people.map((p: { id: string }) => p.id)).not.toContain('p-he');
    });
  });
});

/** Checklist order: customers, contracts, forms, accounts, sign-off. */
function kindOrder(item: string): number {
  return ['customer', 'contract', 'form', 'accounts', 'sign-off'].indexOf(item.split(':')[0]);
}
