import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ContractEvent,
  type ContractTerms,
  contractDecider,
  contractStreamId,
} from '@sales/contracts/domain';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { MissingCheckInsRound, NoticeFeeds } from '@sales/notices/service';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { type Actor, SYSTEM_ACTOR, publicationOf } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

const installer2: Actor = { userId: 'p-inst-2', role: 'installer' };
type Item = {
  noticeId: string;
  kind: string;
  as: string;
  text: { zh: string; en: string };
  link: any;
  read: boolean;
};

/**
 * 通知 (X2) end to end in one standalone process: the installation flow of contracts (installers
 * assigned, a finish date planned and delayed, a stop directive issued and lifted) reaches the
 * inboxes of the owner, the installers and the owner's manager through contracts' published
 * events; each person reads and marks only their own notices.
 */
describe('通知 the notice inbox in standalone (X2)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;
  let customerId: string;

  const contracts = () => harness.app.get<ContextRuntime>(contextRuntimeToken('contracts'));
  const published = async (type: string) => {
    const found: EventEnvelope[] = [];
    for await (const event of contracts().store.readPublished()) if (event.type === type) found.push(event);
    return found;
  };
  const inbox = async (actor: Actor, query = '') => {
    const answer = await call('GET', `/notices${query}`, { actor });
    expect(answer.status).toBe(200);
    return answer.body as { total: number; unread: number; items: Item[] };
  };
  /** Waits until the actor's inbox holds a notice of `kind` (delivery is asynchronous, through the bus). */
  const noticeOf = (actor: Actor, kind: string) =>
    eventually(async () => {
      const found = (await inbox(actor, `?kind=${kind}`)).items[0];
      if (!found) throw new Error(`${actor.userId} has no ${kind} notice yet`);
      return found;
    }, 20_000);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'notices-'));
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-01T10:00:00+08:00', DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
    await hireContractsDepartment(call, call);
    const hired = await call('POST', '/org/people', {
      actor: who.vp,
      body: {
        personId: 'p-inst-2',
        name: '冯师傅',
        role: 'installer',
        divisionId: null,
        managerId: 'p-vp',
        effectiveOn: '2027-03-01',
      },
    });
    expect(hired.status).toBe(201);
    const registered = await call('POST', '/customers', {
      actor: who.li,
      body: { name: '华信光电科技有限公司', industry: '显示屏', region: '上海', source: '展会' },
    });
    expect(registered.status).toBe(201);
    customerId = registered.body.customerId;
    // Signing's own flow is covered elsewhere: the contract is its ContractSigned, appended with
    // what it publishes (the form number notices names the contract by).
    const terms: ContractTerms = {
      contractId: 'k-east',
      formNumber: 'HT-2027-0101',
      customerId,
      signerId: 'p-li',
      divisionId: 'd-east',
      signedOn: '2027-02-20',
      currency: 'CNY',
      amountMinor: 50_000_000,
      costEstimateMinor: 30_000_000,
      lines: [{ productLineId: 'led', amountMinor: 50_000_000, vatBasisPoints: 1300 }],
      paymentPlan: [{ instalmentId: 'i1', name: '全款', dueOn: '2027-04-30', amountMinor: 50_000_000 }],
      reportId: null,
      override: { by: 'p-vp', reason: '测试 / spec' },
    };
    const signed: ContractEvent = {
      type: 'ContractSigned',
      data: { terms, signedBy: 'p-li' },
    } as ContractEvent;
    await contracts().store.append({
      streamId: contractStreamId('k-east'),
      expectedVersion: 0,
      events: [signed],
      published: {
        expectedVersion: 0,
        events: publicationOf(contractDecider, contractDecider.initialState(), [signed]).published,
      },
      metadata: { actor: SYSTEM_ACTOR, correlationId: 'spec-sign-k-east' },
    });
    await eventually(async () => {
      const answer = await call('PUT', '/contracts/k-east/installation/installers', {
        actor: who.salesAdmin,
        body: { installerIds: ['p-inst'] },
      });
      if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    }, 30_000);
  }, 120_000);
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('an installer sees the delay notice in the inbox, with names and a link to the installation', async () => {
    const plan = await call('PUT', '/contracts/k-east/installation/milestones/finish/plan', {
      actor: who.salesAdmin,
      body: { plannedOn: '2027-03-10' },
    });
    expect(plan.status).toBe(200);
    const delayed = await call('POST', '/contracts/k-east/installation/milestones/finish/delays', {
      actor: who.salesAdmin,
      body: { newDate: '2027-03-24', reason: '供电改造延期' },
    });
    expect(delayed.status).toBe(201);

    const notice = await noticeOf(who.installer, 'installation-delayed');
    expect(notice).toMatchObject({
      kind: 'installation-delayed',
      as: 'installer',
      read: false,
      link: {
        context: 'contracts',
        kind: 'installation',
        id: 'k-east',
        href: '/contracts/k-east/installation',
      },
    });
    expect(notice.text.zh).toBe(
      '合同 HT-2027-0101（华信光电科技有限公司）的安装完成由 2027-03-10 延期至 2027-03-24，原因：供电改造延期（孙丽 记录）',
    );
    expect(notice.text.en).toContain('moved from 2027-03-10 to 2027-03-24');
    // The owner hears of it too; the sales admin who recorded it does not.
    expect(await noticeOf(who.li, 'installation-delayed')).toMatchObject({ as: 'owner' });
    expect((await inbox(who.salesAdmin)).total).toBe(0);
  });

  it('a redelivered event (the same published event handled again) adds no second notice', async () => {
    const feeds = harness.app.get(NoticeFeeds);
    const [event] = await published('InstallationMilestoneDelayed');
    await feeds.applyContracts(event);
    await feeds.applyContracts(event);
    expect((await inbox(who.installer, '?kind=installation-delayed')).total).toBe(1);
    expect((await inbox(who.li, '?kind=installation-delayed')).total).toBe(1);
  });

  it('each person marks their own notices read (recorded with the time); someone else’s is 403, an unknown one 404', async () => {
    const { noticeId } = await noticeOf(who.installer, 'installation-delayed');
    const count = await call('GET', '/notices/unread-count', { actor: who.installer });
    expect(count.body).toMatchObject({ unread: 1, byKind: { 'installation-delayed': 1 } });

    const foreign = await call('POST', `/notices/${noticeId}/read`, { actor: who.li });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toBe('not-your-notice');
    expect(foreign.body.message.zh).toContain('只能查看和标记本人的通知');
    const manager = await call('POST', `/notices/${noticeId}/read`, { actor: who.vp });
    expect(manager.status).toBe(403);

    const read = await call('POST', `/notices/${noticeId}/read`, { actor: who.installer });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      noticeId,
      read: true,
      readAt: expect.stringMatching(/^2027-03-01T/),
      unread: 0,
    });
    expect((await inbox(who.installer, '?status=unread')).total).toBe(0);
    expect((await inbox(who.installer, '?status=read')).items.map((i) => i.noticeId)).toEqual([noticeId]);
    // The owner's copy is still unread: reading is each person's own act.
    expect((await inbox(who.li, '?status=unread&kind=installation-delayed')).total).toBe(1);

    const unknown = await call('POST', '/notices/n-000000000000000000000000/read', { actor: who.installer });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('notice-not-found');
  });

  it('bad filters and ids are 400 naming the field', async () => {
    const kind = await call('GET', '/notices?kind=gossip', { actor: who.li });
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain('kind');
    const status = await call('GET', '/notices?status=new', { actor: who.li });
    expect(status.status).toBe(400);
    expect(JSON.stringify(status.body)).toContain('status');
    const id = await call('POST', '/notices/k-east/read', { actor: who.li });
    expect(id.status).toBe(400);
    expect(JSON.stringify(id.body)).toContain('noticeId');
    expect((await call('GET', '/notices', {} as never)).status).toBe(401);
  });

  it('a stop directive reaches owner, installers and the owner’s manager; an installer assigned while it is in force is told too', async () => {
    const issued = await call('POST', '/contracts/k-east/directives', {
      actor: who.safety,
      body: { directiveId: 'dir-1', reason: '脚手架不合格' },
    });
    expect(issued.status).toBe(201);
    for (const [actor, as] of [
      [who.installer, 'installer'],
      [who.li, 'owner'],
      [who.chen, 'owner-manager'],
    ] as const) {
      const notice = await noticeOf(actor, 'stop-directive-issued');
      expect(notice).toMatchObject({ as, link: { href: '/contracts/k-east/directives', id: 'dir-1' } });
      expect(notice.text.zh).toContain('脚手架不合格');
    }
    expect((await inbox(who.safety)).total).toBe(0);

    const reassigned = await call('PUT', '/contracts/k-east/installation/installers', {
      actor: who.salesAdmin,
      body: { installerIds: ['p-inst', 'p-inst-2'] },
    });
    expect(reassigned.status).toBe(200);
    expect(await noticeOf(installer2, 'stop-directive-issued')).toMatchObject({ as: 'installer' });
    expect((await inbox(who.installer, '?kind=stop-directive-issued')).total).toBe(1);

    const lifted = await call('POST', '/contracts/k-east/directives/dir-1/lift', {
      actor: who.vp,
      body: { reason: '整改完成，复查合格' },
    });
    expect(lifted.status).toBe(200);
    expect((await noticeOf(installer2, 'stop-directive-lifted')).text.zh).toContain('可以复工');
  });

  it('read-all marks every unread notice of the caller (or of one kind)', async () => {
    const before = (await inbox(who.li, '?status=unread')).total;
    expect(before).toBeGreaterThanOrEqual(3);
    const one = await call('POST', '/notices/read-all?kind=stop-directive-lifted', { actor: who.li });
    expect(one.body).toMatchObject({ marked: 1, unread: before - 1 });
    const all = await call('POST', '/notices/read-all', { actor: who.li });
    expect(all.body).toMatchObject({ marked: before - 1, unread: 0 });
  });

  it('a day out that ended without a check-in is a notice to the person, once however often the round runs', async () => {
    expect(
      (await call('POST', '/customers/days-out', { actor: who.wang, body: { date: '2027-02-27' } })).status,
    ).toBe(201);
    const round = harness.app.get(MissingCheckInsRound);
    await eventually(async () => {
      await round.runOnce();
      if ((await inbox(who.wang, '?kind=check-ins-missing')).total === 0) throw new Error('not yet');
    }, 20_000);
    await round.runOnce();
    const { items } = await inbox(who.wang, '?kind=check-ins-missing');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ as: 'self', link: { href: '/customers/field-days/p-wang/2027-02-27' } });
    expect(items[0].text.zh).toBe('2027-02-27 外出，外出联系汇报 0 次，少于规定的 1 次');
  });
});
