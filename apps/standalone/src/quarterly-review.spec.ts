import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const admin = { userId: 'p-admin', role: 'admin' as const };
const vp = { userId: 'p-vp', role: 'vp' as const };
const manager = { userId: 'p-mgr', role: 'division_manager' as const, divisionId: 'd-east' };
const li = { userId: 'p-li', role: 'salesperson' as const, divisionId: 'd-east' };
const zhao = { userId: 'p-zhao', role: 'salesperson' as const, divisionId: 'd-south' };
const supervisor = { userId: 'p-sa', role: 'sales_admin' as const };

const form = {
  yearEndGoal: '全年签约 4000 万元，新增客户 14 户',
  obstacles: '竞品降价，部分客户预算推迟到下半年',
  territoryStrengths: '老客户复购率高，区域内有两个样板工程',
  territoryWeaknesses: '安装队伍人手紧张',
  impactIfMissed: '全年目标需在三、四季度多完成 600 万',
  lastQuarterProgress: '新签三家医院客户',
  howProgressWasAchieved: '与经理联合拜访，先做技术交流',
  makeUpForMisses: '四月前完成两个报备项目的签约',
};

describe('quarterly review 季度复盘 (T5) over HTTP', () => {
  let harness: AppHarness;
  const path = '/targets/reviews/2026/1/p-li';

  beforeAll(async () => {
    // The process lives on 15 March 2026 (SALES_CLOCK): the first quarter is under way, the second is not.
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2026-03-15T10:00:00+08:00' });
    const hire = (body: object) =>
      harness.request('POST', '/org/people', {
        actor: vp,
        body: { effectiveOn: '2026-01-01', backdatingReason: BACKDATED, ...body },
      });
    await harness.request('POST', '/org/people', {
      actor: admin,
      body: {
        personId: 'p-vp',
        name: '王建国',
        role: 'vp',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    for (const [divisionId, code, name] of [
      ['d-east', 'EAST', '华东事业部'],
      ['d-south', 'SOUTH', '华南事业部'],
    ]) {
      await harness.request('POST', '/org/divisions', {
        actor: vp,
        body: { divisionId, code, name, effectiveOn: '2026-01-01', backdatingReason: BACKDATED },
      });
    }
    await hire({ personId: 'p-mgr', name: '陈志强', role: 'division_manager', divisionId: 'd-east' });
    await hire({ personId: 'p-li', name: '李娜', role: 'salesperson', divisionId: 'd-east' });
    expect(
      (await hire({ personId: 'p-zhao', name: '赵敏', role: 'salesperson', divisionId: 'd-south' })).status,
    ).toBe(201);
  });
  afterAll(() => harness.close());

  const submitAsLi = async () => {
    for (let i = 0; i < 100; i++) {
      const response = await harness.request('PUT', path, { actor: li, body: form });
      if (response.status !== 400 || response.body.error !== 'unknown-salesperson') return response;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('targets never learned of p-li');
  };

  it('is filled in by the salesperson, commented by the manager, archived, and listed by scope', async () => {
    expect((await submitAsLi()).status).toBe(200);
    expect((await harness.request('PUT', path, { actor: zhao, body: form })).status).toBe(403);
    expect((await harness.request('POST', `${path}/archive`, { actor: manager })).status).toBe(400);

    const comment = await harness.request('POST', `${path}/comment`, {
      actor: manager,
      body: { comment: '障碍分析到位，安装资源我来协调' },
    });
    expect(comment.status).toBe(200);
    expect(
      (await harness.request('POST', `${path}/comment`, { actor: li, body: { comment: '自评' } })).status,
    ).toBe(403);
    expect((await harness.request('POST', `${path}/archive`, { actor: supervisor })).status).toBe(200);
    const again = await harness.request('POST', `${path}/archive`, { actor: supervisor });
    expect(again.status).toBe(400);
    expect(again.body.message.zh).toMatch(/归档/);

    const listed = await harness.request('GET', '/targets/reviews?fiscalYear=2026&status=archived', {
      actor: manager,
    });
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({
      salespersonId: 'p-li',
      status: 'archived',
      form: { yearEndGoal: form.yearEndGoal },
      comment: { by: 'p-mgr' },
    });
    expect((await harness.request('GET', '/targets/reviews', { actor: zhao })).body).toEqual([]);
  });

  it('shows every step with who took it (id and name from the org tree) and when it was recorded (issue 8 item 6)', async () => {
    const zhaoPath = '/targets/reviews/2026/1/p-zhao';
    expect((await harness.request('PUT', zhaoPath, { actor: zhao, body: form })).status).toBe(200);
    const commented = await harness.request('POST', `${zhaoPath}/comment`, {
      actor: vp,
      body: { comment: '华南暂无经理，由我点评' },
    });
    expect(commented.status).toBe(200);
    expect((await harness.request('POST', `${zhaoPath}/archive`, { actor: vp })).status).toBe(200);

    const listed = await harness.request('GET', '/targets/reviews?salespersonId=p-zhao', { actor: vp });
    expect(listed.status).toBe(200);
    const [review] = listed.body;
    expect(review.steps).toEqual([
      { step: 'submitted', by: 'p-zhao', name: '赵敏', at: expect.any(String) },
      { step: 'commented', by: 'p-vp', name: '王建国', at: expect.any(String) },
      { step: 'archived', by: 'p-vp', name: '王建国', at: expect.any(String) },
    ]);
    // Recorded times (ISO-8601 with zone), in the order the steps were taken.
    for (const { at } of review.steps)
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const times = review.steps.map((s: { at: string }) => Date.parse(s.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses an incomplete form, naming the missing fields', async () => {
    const { makeUpForMisses: _omitted, ...partial } = form;
    const response = await harness.request('PUT', '/targets/reviews/2026/2/p-li', {
      actor: li,
      body: { ...partial, obstacles: '' },
    });
    expect(response.status).toBe(400);
    expect([...new Set(response.body.fields.map((f: any) => f.field))].sort()).toEqual([
      'makeUpForMisses',
      'obstacles',
    ]);
  });

  it('refuses a review of a quarter that has not begun, by the clock of the company', async () => {
    const response = await harness.request('PUT', '/targets/reviews/2026/2/p-li', { actor: li, body: form });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: 'quarter-not-started',
      message: { zh: '2026 年第 2 季度尚未开始（2026-04-01 开始），不能复盘' },
    });
  });
});
