import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContractTerms, contractStreamId } from '@sales/contracts/domain';
import { type ApiCall, contractsActors as who, hireContractsDepartment } from '@sales/contracts/testing';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { type Actor, SYSTEM_ACTOR } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

const installer2: Actor = { userId: 'p-inst-2', role: 'installer' };
const screen = {
  name: '大厅主屏',
  widthMm: 6400,
  heightMm: 3600,
  pixelPitchUm: 2500,
  environment: 'indoor',
  mounting: 'wall',
};

/**
 * 现场与安装 (K4) and 停工指示 (K6) end to end in one standalone process: installers assigned by
 * the sales admin, the site survey, planned dates and a delay published at once, milestones in
 * order, refused while a stop directive is in force and recorded once it is lifted, the lists by
 * scope and the overdue milestones. Signing's API is written in parallel, so contracts are created
 * by appending a ContractSigned of the seam's shape to the contracts store (`sign` below).
 */
describe('安装与停工指示 installation and stop directives in standalone (K4, K6)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;

  const contracts = () => harness.app.get<ContextRuntime>(contextRuntimeToken('contracts'));
  const append = async (contractId: string, expectedVersion: number, type: string, data: unknown) => {
    await contracts().store.append({
      streamId: contractStreamId(contractId),
      expectedVersion,
      events: [{ type, data }],
      metadata: { actor: SYSTEM_ACTOR, correlationId: `spec-${type}-${contractId}` },
    });
  };
  /** A signed contract as signing will record it: the seam's ContractSigned on `contract-<id>`. */
  const sign = (contractId: string, signerId: string, divisionId: string) => {
    const terms: ContractTerms = {
      contractId,
      formNumber: `HT-2027-${contractId}`,
      customerId: 'c-hx',
      signerId,
      divisionId,
      signedOn: '2027-01-10',
      currency: 'CNY',
      amountMinor: 50_000_000,
      costEstimateMinor: 30_000_000,
      lines: [{ productLineId: 'led', amountMinor: 50_000_000, vatBasisPoints: 1300 }],
      paymentPlan: [{ instalmentId: 'i1', name: '全款', dueOn: '2027-02-28', amountMinor: 50_000_000 }],
      reportId: null,
      override: { by: 'p-vp', reason: '测试 / spec' },
    };
    return append(contractId, 0, 'ContractSigned', { terms, signedBy: signerId });
  };
  const published = async (type: string) => {
    const found: EventEnvelope[] = [];
    for await (const event of contracts().store.readPublished()) if (event.type === type) found.push(event);
    return found;
  };

  const assign = (contractId: string, installerIds: string[], actor: Actor = who.salesAdmin) =>
    call('PUT', `/contracts/${contractId}/installation/installers`, { actor, body: { installerIds } });
  const milestone = (contractId: string, name: string, body: object = {}, actor: Actor = who.installer) =>
    call('POST', `/contracts/${contractId}/installation/milestones/${name}`, { actor, body });
  const plan = (contractId: string, name: string, plannedOn: string, actor: Actor = who.salesAdmin) =>
    call('PUT', `/contracts/${contractId}/installation/milestones/${name}/plan`, {
      actor,
      body: { plannedOn },
    });
  const installation = (contractId: string, actor: Actor = who.salesAdmin) =>
    call('GET', `/contracts/${contractId}/installation`, { actor });
  const listed = async (query: string, actor: Actor) => {
    const answer = await call('GET', `/contracts/installations${query}`, { actor });
    expect(answer.status).toBe(200);
    return answer.body.items.map((i: { contractId: string }) => i.contractId);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'contracts-installation-'));
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
    await sign('k-east', 'p-li', 'd-east');
    await sign('k-south', 'p-he', 'd-south');
    await eventually(async () => {
      const answer = await assign('k-south', ['p-inst-2']);
      if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    }, 30_000);
  });
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('an unknown contract is 404 for installation and directives alike', async () => {
    expect((await installation('k-none')).status).toBe(404);
    expect((await assign('k-none', ['p-inst'])).status).toBe(404);
    const directive = await call('POST', '/contracts/k-none/directives', {
      actor: who.safety,
      body: { reason: '检查' },
    });
    expect(directive.status).toBe(404);
  });

  it('the sales admin assigns installers; a salesperson may not (403), nor may a non-installer be assigned (400)', async () => {
    expect((await assign('k-east', ['p-inst'], who.li)).status).toBe(403);
    const notInstaller = await assign('k-east', ['p-wang']);
    expect(notInstaller.status).toBe(400);
    expect(notInstaller.body).toMatchObject({ error: 'not-an-installer', details: { personId: 'p-wang' } });
    expect((await assign('k-east', ['p-inst'])).status).toBe(200);
    const [event] = (await published('InstallersAssigned')).filter(
      (e) => e.streamId === 'installation-k-east',
    );
    expect(event.data).toMatchObject({
      contractId: 'k-east',
      installerIds: ['p-inst'],
      assignedBy: 'p-admin-sun',
    });
  });

  it('the assigned installer feeds back the site and screens; an unassigned one is 403; a decimal pitch is 400', async () => {
    const body = {
      surveyedOn: '2027-02-28',
      siteConditions: '砖混墙体需加固，配电已到位',
      screens: [screen],
      notes: '夜间施工',
    };
    const unassigned = await call('POST', '/contracts/k-east/installation/survey', {
      actor: installer2,
      body,
    });
    expect(unassigned.status).toBe(403);
    expect(unassigned.body.error).toBe('installer-not-assigned');
    const decimal = await call('POST', '/contracts/k-east/installation/survey', {
      actor: who.installer,
      body: { ...body, screens: [{ ...screen, pixelPitchUm: 2.5 }] },
    });
    expect(decimal.status).toBe(400);
    expect(JSON.stringify(decimal.body)).toContain('pixelPitchUm');
    expect(
      (await call('POST', '/contracts/k-east/installation/survey', { actor: who.installer, body })).status,
    ).toBe(201);
    expect((await installation('k-east', who.installer)).body.survey).toMatchObject({
      siteConditions: '砖混墙体需加固，配电已到位',
      screens: [screen],
      recordedBy: 'p-inst',
    });
  });

  it('planned dates by the owner or sales admin; a delay is published at once with its reason', async () => {
    expect((await plan('k-east', 'start', '2027-03-01', who.li)).status).toBe(200);
    expect((await plan('k-east', 'finish', '2027-03-10')).status).toBe(200);
    expect((await plan('k-east', 'finish', '2027-03-12')).body.error).toBe('milestone-already-planned');
    const delayed = await call('POST', '/contracts/k-east/installation/milestones/finish/delays', {
      actor: who.salesAdmin,
      body: { newDate: '2027-03-24', reason: '供电改造延期' },
    });
    expect(delayed.status).toBe(201);
    const [event] = await published('InstallationMilestoneDelayed');
    expect(event.data).toEqual({
      contractId: 'k-east',
      customerId: 'c-hx',
      ownerId: 'p-li',
      divisionId: 'd-east',
      milestone: 'finish',
      previousDate: '2027-03-10',
      newDate: '2027-03-24',
      reason: '供电改造延期',
      delayedBy: 'p-admin-sun',
      recordedOn: '2027-03-01',
    });
  });

  it('acceptance before commissioning is 409; installation starts', async () => {
    const early = await milestone('k-east', 'accept', { on: '2027-03-01', acceptedBy: '赵经理' });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('acceptance-before-commissioning');
    expect((await milestone('k-east', 'start', { on: '2027-03-01' })).status).toBe(200);
  });

  it('while a stop directive is in force the milestones are refused naming it; once lifted they go on', async () => {
    expect(
      (
        await call('POST', '/contracts/k-east/directives', {
          actor: who.installer,
          body: { reason: '自己停' },
        })
      ).status,
    ).toBe(403);
    const issued = await call('POST', '/contracts/k-east/directives', {
      actor: who.safety,
      body: { directiveId: 'dir-1', reason: '脚手架不合格' },
    });
    expect(issued.status).toBe(201);
    expect((await published('StopDirectiveIssued'))[0].data).toMatchObject({
      directiveId: 'dir-1',
      contractId: 'k-east',
      issuedBy: 'p-safety',
      issuedByRole: 'safety',
    });
    const stopped = await milestone('k-east', 'finish', { on: '2027-03-01' });
    expect(stopped.status).toBe(409);
    expect(stopped.body).toMatchObject({
      error: 'work-stopped',
      details: { directiveId: 'dir-1', reason: '脚手架不合格', issuedBy: 'p-safety', issuedOn: '2027-03-01' },
    });
    const list = await call('GET', '/contracts/k-east/directives', { actor: who.installer });
    expect(list.body).toMatchObject({
      stopped: true,
      directives: [{ directiveId: 'dir-1', status: 'active', reason: '脚手架不合格', issuedBy: 'p-safety' }],
    });
    const noReason = await call('POST', '/contracts/k-east/directives/dir-1/lift', {
      actor: who.vp,
      body: { reason: '' },
    });
    expect(noReason.status).toBe(400);
    const lifted = await call('POST', '/contracts/k-east/directives/dir-1/lift', {
      actor: who.vp,
      body: { reason: '整改完成，复查合格' },
    });
    expect(lifted.status).toBe(200);
    expect((await published('StopDirectiveLifted'))[0].data).toMatchObject({
      liftedBy: 'p-vp',
      stillActive: 0,
    });
    expect((await milestone('k-east', 'finish', { on: '2027-03-01' })).status).toBe(200);
    expect((await milestone('k-east', 'commission', { on: '2027-03-01' })).status).toBe(200);
    const accepted = await milestone(
      'k-east',
      'accept',
      { on: '2027-03-01', acceptedBy: '华信光电 赵经理' },
      who.li,
    );
    expect(accepted.status).toBe(200);
    const [event] = await published('InstallationAccepted');
    expect(event.data).toMatchObject({
      contractId: 'k-east',
      acceptedBy: '华信光电 赵经理',
      recordedBy: 'p-li',
    });
    expect((await installation('k-east')).body).toMatchObject({ stage: 'accept', activeDirectives: [] });
  });

  it('installers see what they install, salespeople their own, managers their division; finance none', async () => {
    expect(await listed('', who.installer)).toEqual(['k-east']);
    expect(await listed('', installer2)).toEqual(['k-south']);
    expect(await listed('', who.he)).toEqual(['k-south']);
    expect(await listed('', who.chen)).toEqual(['k-east']);
    expect(await listed('', who.salesAdmin)).toEqual(['k-east', 'k-south']);
    expect(await listed('?divisionId=d-south', who.vp)).toEqual(['k-south']);
    expect(await listed('?installerId=p-inst', who.vp)).toEqual(['k-east']);
    expect((await call('GET', '/contracts/installations', { actor: who.finance })).status).toBe(403);
    expect((await installation('k-south', who.installer)).status).toBe(403);
  });

  it('a planned date passed and not reached is overdue', async () => {
    expect((await plan('k-south', 'start', '2027-02-20')).status).toBe(200);
    const overdue = await call('GET', '/contracts/installations/overdue', { actor: who.salesAdmin });
    expect(overdue.body.items).toEqual([
      expect.objectContaining({
        contractId: 'k-south',
        milestone: 'start',
        plannedOn: '2027-02-20',
        daysOverdue: 9,
      }),
    ]);
  });

  it('a terminated contract takes no more installation work (409)', async () => {
    await append('k-south', 1, 'ContractTerminated', {
      terminatedOn: '2027-03-01',
      reason: '客户取消',
      requestedBy: 'p-he',
      approvedBy: 'p-vp',
    });
    const refused = await milestone('k-south', 'start', { on: '2027-03-01' }, installer2);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('installation-contract-terminated');
  });
});
