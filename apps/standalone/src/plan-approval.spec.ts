import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, runPlanApprovalScenario, scenarioActors } from '@sales/targets/testing';
import { standaloneApp } from './standalone.app';

describe('plan approval over the org tree, in standalone mode (in-process bus)', () => {
  let harness: AppHarness;
  let outcome: Awaited<ReturnType<typeof runPlanApprovalScenario>>;
  const call: ApiCall = (method, path, options) => harness.request(method, path, options);
  beforeAll(async () => {
    harness = await startApp(standaloneApp);
    outcome = await runPlanApprovalScenario(call, call);
  });
  afterAll(() => harness.close());

  it('shows the shortfall per node before approval', () => {
    const line = outcome.allocationBefore.body.find(
      (l: any) => l.node === 'company' && l.metric === 'salesAmount' && l.level === 'realistic',
    );
    expect(line).toMatchObject({
      figure: 120_000_000_00,
      allocated: 110_000_000_00,
      difference: -10_000_000_00,
      status: 'under',
    });
  });

  it('refuses approval while under-allocated, naming the node and the shortfall', () => {
    expect(outcome.refused.status).toBe(400);
    expect(outcome.refused.body.error).toBe('under-allocated');
    expect(outcome.refused.body.message.zh).toContain('公司');
    // 1,000,000,000 fen, as a VP reads it.
    expect(outcome.refused.body.message.zh).toBe(
      '公司 的销售额（现实目标）尚未分解完毕，差额 10,000,000.00 元',
    );
    expect(outcome.refused.body.message.en).toBe(
      'the company sales amount (realistic) is not fully allocated: 10,000,000.00 元 short',
    );
  });

  it('落实到人: a salesperson is left out of a split only by name and with a reason, by whoever edits it', async () => {
    const path = '/targets/plans/2026/units/division:d-south/exclusions';
    const vp = { userId: 'p-vp', role: 'vp' as const };
    const southManager = { userId: 'p-mgr-south', role: 'division_manager' as const, divisionId: 'd-south' };
    const empty = await harness.request('POST', path, { actor: vp, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['personId', 'reason']);
    const wrongPerson = await harness.request('POST', path, {
      actor: vp,
      body: { personId: 'p-li', reason: '年中入职' },
    });
    expect(wrongPerson.status).toBe(400);
    expect(wrongPerson.body.error).toBe('not-in-division');
    const excluded = await harness.request('POST', path, {
      actor: southManager,
      body: { personId: 'p-zhao', reason: '年中入职，下半年再定目标' },
    });
    expect(excluded.status).toBe(200);
    const plan = await harness.request('GET', '/targets/plans/2026', { actor: southManager });
    const south = plan.body.units.find((u: { unit: string }) => u.unit === 'division:d-south');
    expect(south.excluded).toEqual({ 'p-zhao': '年中入职，下半年再定目标' });
  });

  it('guards an edit with the ETag it was based on: a stale If-Match is 409 naming who changed the node (issue 8 item 8)', async () => {
    const vp = { userId: 'p-vp', role: 'vp' as const };
    const southManager = { userId: 'p-mgr-south', role: 'division_manager' as const, divisionId: 'd-south' };
    const path = '/targets/plans/2026/nodes/salesperson:p-zhao';
    const body = { targets: { salesAmount: { realistic: 1_000_000_00, stretch: 1_200_000_00 } } };
    // Both read the node before anyone drafted it.
    const unread = await harness.request('PUT', path, { actor: vp, body, headers: { 'if-match': '"0"' } });
    expect(unread.status).toBe(200);
    const read = await harness.request('GET', path, { actor: southManager });
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body.pending).toMatchObject({ status: 'draft' });
    // The manager edits on that view; the VP's second edit, still based on revision 0, is refused.
    const managers = await harness.request('PUT', path, {
      actor: southManager,
      body,
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(managers.status).toBe(200);
    const stale = await harness.request('PUT', path, { actor: vp, body, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('stale-node');
    expect(stale.body.message.zh).toContain('p-mgr-south');
    const garbled = await harness.request('PUT', path, {
      actor: vp,
      body,
      headers: { 'if-match': 'yesterday' },
    });
    expect(garbled.status).toBe(400);
    expect(garbled.body.error).toBe('invalid-if-match');
  });

  it('a plan opened wrongly is corrected or abandoned while in draft, never once engaged (issue 8 item 7)', async () => {
    const vp = { userId: 'p-vp', role: 'vp' as const };
    expect(
      (
        await harness.request('POST', '/targets/plans', {
          actor: vp,
          body: { fiscalYear: 2031, currency: 'USD' },
        })
      ).status,
    ).toBe(201);
    expect(
      (await harness.request('PUT', '/targets/plans/2031/currency', { actor: vp, body: { currency: 'RMB' } }))
        .body.error,
    ).toBe('invalid-currency');
    expect(
      (await harness.request('PUT', '/targets/plans/2031/currency', { actor: vp, body: { currency: 'CNY' } }))
        .status,
    ).toBe(200);
    expect((await harness.request('GET', '/targets/plans/2031', { actor: vp })).body.currency).toBe('CNY');
    const abandoned = await harness.request('POST', '/targets/plans/2031/abandon', {
      actor: vp,
      body: { reason: '年度开错' },
    });
    expect(abandoned.status).toBe(200);
    expect((await harness.request('GET', '/targets/plans/2031', { actor: vp })).status).toBe(404);
    expect(
      (
        await harness.request('POST', '/targets/plans', {
          actor: vp,
          body: { fiscalYear: 2031, currency: 'CNY' },
        })
      ).status,
    ).toBe(201);
    // 2026 has submitted and approved splits: no correction, no abandonment.
    const engaged = await harness.request('POST', '/targets/plans/2026/abandon', {
      actor: vp,
      body: { reason: '重来' },
    });
    expect(engaged.status).toBe(400);
    expect(engaged.body.error).toBe('plan-not-draft');
  });

  it('the org tree, not the token, decides the role (issue 8 item 9)', async () => {
    // 李娜 is a salesperson in the tree: a token claiming vp for her is refused, not obeyed.
    const claimed = await harness.request('GET', '/targets/plans/2026', {
      headers: { authorization: `Bearer ${await harness.tokenFor({ userId: 'p-li', role: 'vp' })}` },
    });
    expect(claimed.status).toBe(403);
    expect(claimed.body.error).toBe('role-claim-mismatch');
    // A token without a role claim (as many IdPs issue) acts with the tree's role: her own targets only.
    const plain = await harness.request('GET', '/targets/plans/2026', {
      headers: { authorization: `Bearer ${await harness.tokenFor({ userId: 'p-li' })}` },
    });
    expect(plain.status).toBe(200);
    expect(plain.body.nodes.map((n: { node: string }) => n.node)).toEqual(['salesperson:p-li']);
  });

  it('never lets a salesperson approve', () => {
    expect(outcome.salespersonApproval.status).toBe(403);
  });

  it('accepts the approval once the split is complete, down to each salesperson', () => {
    expect(outcome.accepted.status).toBe(200);
    expect(outcome.accepted.body.events.map((e: any) => e.type)).toEqual(['TargetsApproved']);
    // Separation of duties: the manager who submitted cannot approve; the VP above him does.
    expect(outcome.ownApproval.status).toBe(403);
    expect(outcome.ownApproval.body.error).toBe('own-submission');
    expect(outcome.eastApproved.status).toBe(200);
  });

  it('shows a salesperson only their own targets, with year-to-date figures', () => {
    expect(outcome.ownView.status).toBe(200);
    expect(outcome.ownView.body.nodes.map((n: any) => n.node)).toEqual(['salesperson:p-li']);
    expect(outcome.ownNode.body.yearToDate.salesAmount.realistic.quarters).toEqual([
      10_000_000_00, 20_000_000_00, 30_000_000_00, 40_000_000_00,
    ]);
    expect(outcome.othersNode.status).toBe(403);
  });

  it('shows a division manager their division and its people only', () => {
    expect(outcome.managerView.body.nodes.map((n: any) => n.node).sort()).toEqual([
      'division:d-east',
      'salesperson:p-li',
      'salesperson:p-wang',
    ]);
  });

  it('a salesperson sees whether her own targets are approved, and their history; a manager the split above', async () => {
    const { li, eastManager } = scenarioActors;
    // 李娜 reads her division's split by its status only: approved, and by whom.
    expect(outcome.ownView.body.units).toEqual([
      expect.objectContaining({ unit: 'division:d-east', status: 'approved', awaitingTransfer: [] }),
    ]);
    expect(outcome.ownView.body.units[0]).not.toHaveProperty('excluded');
    const history = await call('GET', '/targets/plans/2026/versions', { actor: li });
    expect(history.status).toBe(200);
    expect(history.body.length).toBeGreaterThan(0);
    for (const version of history.body) {
      expect(version.unit).toBe('division:d-east');
      expect(Object.keys(version.nodes)).toEqual(['salesperson:p-li']);
    }
    expect(history.body.at(-1)).toMatchObject({ status: 'approved', approvedBy: 'p-vp' });
    // The manager sees the company split's status, with only his division's figures in it.
    expect(outcome.managerView.body.units.map((u: any) => [u.unit, u.status]).sort()).toEqual([
      ['company', 'approved'],
      ['division:d-east', 'approved'],
    ]);
    const managerHistory = await call('GET', '/targets/plans/2026/versions', { actor: eastManager });
    const company = managerHistory.body.filter((v: any) => v.unit === 'company');
    expect(company.length).toBeGreaterThan(0);
    for (const version of company) expect(Object.keys(version.nodes)).toEqual(['division:d-east']);
  });

  it('keeps every version of every split', () => {
    const company = outcome.versions.body.filter((v: any) => v.unit === 'company');
    expect(company.at(-1).status).toBe('approved');
    expect(company.flatMap((v: any) => v.rejections)).toEqual([expect.objectContaining({ by: 'p-vp' })]);
  });
});
