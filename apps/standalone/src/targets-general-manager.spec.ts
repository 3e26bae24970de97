import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { type ContextRuntime, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

/** The department as it stood at the start of the year, recorded afterwards (倒签), with a reason. */
const BACKDATED = '补录年初既有组织 / recording the department as it stood at the start of the year';
const TODAY = '2026-03-02';

const admin: Actor = { userId: 'p-admin', role: 'admin' };
const gm: Actor = { userId: 'p-gm', role: 'general_manager' };
const vp: Actor = { userId: 'p-vp', role: 'vp' };
const manager: Actor = { userId: 'p-chen', role: 'division_manager', divisionId: 'd-east' };
const sales = (realistic: number) => ({ targets: { salesAmount: { realistic, stretch: realistic } } });

/*
 * Issue 8 items 1 and 9 over HTTP: the company split is approved by the level above the VP — a
 * 总经理 (general_manager) where the org tree has one — and only by the VP himself, recorded as a
 * self-approval, where nobody is above him. Who approves is the tree's answer, not a role gate.
 */
describe('the 总经理 approves the company split over HTTP (issue 8 items 1 and 9)', () => {
  let harness: AppHarness;
  const call = async (actor: Actor, method: string, path: string, body?: unknown) =>
    harness.request(method, path, { actor, body });
  const expectOk = async (actor: Actor, method: string, path: string, body?: unknown) => {
    const answer = await call(actor, method, path, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  /** The recorded approval of `unit` in a year's plan, as the store holds it (the internal event). */
  const approvalEvent = async (year: number) => {
    const runtime = harness.app.get<ContextRuntime>(contextRuntimeToken('targets'));
    const { events } = await runtime.store.readStream(`plan-${year}`);
    return events.filter((e) => e.type === 'TargetsApproved').map((e) => e.data);
  };
  /** The VP drafts and submits the company split (company and 华东) of a plan already open. */
  const submitCompanySplit = async (year: number) => {
    await expectOk(vp, 'PUT', `/targets/plans/${year}/nodes/company`, sales(100_000_000_00));
    await expectOk(vp, 'PUT', `/targets/plans/${year}/nodes/division:d-east`, sales(100_000_000_00));
    await expectOk(vp, 'POST', `/targets/plans/${year}/units/company/submit`);
  };

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: `${TODAY}T10:00:00+08:00` });
    const hire = (actor: Actor, body: object) =>
      expectOk(actor, 'POST', '/org/people', {
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
        ...body,
      });
    await hire(admin, { personId: 'p-gm', name: '孙总', role: 'general_manager' });
    await hire(admin, { personId: 'p-vp', name: '王建国', role: 'vp', managerId: 'p-gm' });
    await expectOk(vp, 'POST', '/org/divisions', {
      divisionId: 'd-east',
      code: 'EAST',
      name: '华东事业部',
      effectiveOn: '2026-01-01',
      backdatingReason: BACKDATED,
    });
    await hire(vp, { personId: 'p-chen', name: '陈志强', role: 'division_manager', divisionId: 'd-east' });
    await hire(vp, { personId: 'p-li', name: '李娜', role: 'salesperson', divisionId: 'd-east' });
    await expectOk(vp, 'POST', '/targets/plans', { fiscalYear: 2026, currency: 'CNY' });
    // Targets learns the tree from org's events: 李娜, the last one hired, is the last event.
    await eventually(async () => {
      const node = await call(vp, 'GET', '/targets/plans/2026/nodes/salesperson:p-li');
      if (node.body?.error !== 'unknown-node-targets')
        throw new Error(`not yet: ${JSON.stringify(node.body)}`);
    });
  }, 60_000);
  afterAll(() => harness.close());

  it('the VP who submitted the company split cannot approve it; the 总经理 above him does', async () => {
    await submitCompanySplit(2026);
    const own = await call(vp, 'POST', '/targets/plans/2026/units/company/approve');
    expect(own.status).toBe(403);
    expect(own.body.error).toBe('own-submission');
    expect(own.body.message.zh).toBe('不能审批本人提交的目标分解：应由上级 孙总（p-gm） 审批或退回');
    const rejectedByVp = await call(vp, 'POST', '/targets/plans/2026/units/company/reject', {
      reason: '自己退回',
    });
    expect(rejectedByVp.body.error).toBe('own-submission');

    // The 总经理 reads the whole plan, and approves over HTTP: no role gate stands in the way.
    const plan = await call(gm, 'GET', '/targets/plans/2026');
    expect(plan.status).toBe(200);
    expect(plan.body.units).toEqual([expect.objectContaining({ unit: 'company', status: 'submitted' })]);
    const approved = await call(gm, 'POST', '/targets/plans/2026/units/company/approve');
    expect(approved.status).toBe(200);
    expect(approved.body.events.map((e: { type: string }) => e.type)).toEqual(['TargetsApproved']);
    expect(await approvalEvent(2026)).toEqual([
      expect.objectContaining({ unit: 'company', approvedBy: 'p-gm', selfApproval: false }),
    ]);
    const versions = await call(gm, 'GET', '/targets/plans/2026/versions');
    expect(versions.body[0]).toMatchObject({
      unit: 'company',
      status: 'approved',
      approvedBy: 'p-gm',
      approved: { by: 'p-gm', selfApproval: false },
    });
  });

  it('a division’s split is still the VP’s to decide, above its manager, not the 总经理’s', async () => {
    await expectOk(manager, 'PUT', '/targets/plans/2026/nodes/salesperson:p-li', sales(100_000_000_00));
    await expectOk(manager, 'POST', '/targets/plans/2026/units/division:d-east/submit');
    const byGm = await call(gm, 'POST', '/targets/plans/2026/units/division:d-east/approve');
    expect(byGm.status).toBe(403);
    expect(byGm.body.error).toBe('not-the-approver');
    expect((await call(vp, 'POST', '/targets/plans/2026/units/division:d-east/approve')).status).toBe(200);
  });

  it('once nobody is above the VP, his approval of the company split is recorded as a self-approval', async () => {
    // From today the VP answers to nobody (the 总经理 stays in the tree, aside).
    await expectOk(vp, 'POST', '/org/people/p-vp/move', {
      toDivisionId: null,
      managerId: null,
      effectiveOn: TODAY,
    });
    await expectOk(vp, 'POST', '/targets/plans', { fiscalYear: 2027, currency: 'CNY' });
    await submitCompanySplit(2027);
    // Targets learns the move from org's events; until then the 总经理 is still above the VP.
    const approved = await eventually(async () => {
      const answer = await call(vp, 'POST', '/targets/plans/2027/units/company/approve');
      if (answer.status !== 200) throw new Error(`not yet: ${JSON.stringify(answer.body)}`);
      return answer;
    });
    expect(approved.body.events.map((e: { type: string }) => e.type)).toEqual(['TargetsApproved']);
    expect(await approvalEvent(2027)).toEqual([
      expect.objectContaining({ unit: 'company', approvedBy: 'p-vp', selfApproval: true }),
    ]);
    const versions = await call(vp, 'GET', '/targets/plans/2027/versions');
    expect(versions.body[0]).toMatchObject({ approved: { by: 'p-vp', selfApproval: true } });
  });
});
