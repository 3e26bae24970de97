import { ORG_ERROR_MESSAGES } from '@sales/org/domain';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { localize } from '@sales/shared/http';
import { TARGETS_ERROR_MESSAGES } from '@sales/targets/domain';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const admin = { userId: 'p-admin', role: 'admin' as const };
const vp = { userId: 'p-vp', role: 'vp' as const };
const eastManager = { userId: 'p-mgr-east', role: 'division_manager' as const, divisionId: 'd-east' };

/**
 * Org and targets word `not-your-division` differently; in one process each route must answer in
 * its own context's words (the catalogue each passed when it was registered).
 */
describe('error messages per context in standalone', () => {
  let harness: AppHarness;
  beforeAll(async () => (harness = await startApp(standaloneApp)));
  afterAll(() => harness.close());

  beforeAll(async () => {
    const day = '2026-01-01';
    const ok = async (method: string, path: string, actor: typeof vp | typeof admin, body: unknown) => {
      const response = await harness.request(method, path, { actor, body });
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await ok('POST', '/org/people', admin, {
      personId: 'p-vp',
      name: '王建国',
      role: 'vp',
      effectiveOn: day,
      backdatingReason: BACKDATED,
    });
    await ok('POST', '/org/divisions', vp, {
      divisionId: 'd-east',
      code: 'EAST',
      name: '华东事业部',
      effectiveOn: day,
      backdatingReason: BACKDATED,
    });
    await ok('POST', '/org/divisions', vp, {
      divisionId: 'd-south',
      code: 'SOUTH',
      name: '华南事业部',
      effectiveOn: day,
      backdatingReason: BACKDATED,
    });
    await ok('POST', '/org/people', vp, {
      personId: 'p-mgr-east',
      name: '陈志强',
      role: 'division_manager',
      divisionId: 'd-east',
      effectiveOn: day,
      backdatingReason: BACKDATED,
    });
    await ok('POST', '/org/people', vp, {
      personId: 'p-zhao',
      name: '赵敏',
      role: 'salesperson',
      divisionId: 'd-south',
      effectiveOn: day,
      backdatingReason: BACKDATED,
    });
    await ok('POST', '/targets/plans', vp, { fiscalYear: 2026, currency: 'CNY' });
  });

  it('an org refusal speaks org’s text', async () => {
    const refused = await harness.request('POST', '/org/people/p-zhao/move', {
      actor: eastManager,
      body: { toDivisionId: 'd-east', effectiveOn: '2026-02-01', backdatingReason: BACKDATED },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('not-your-division');
    expect(refused.body.message).toEqual(
      localize('not-your-division', refused.body.details, ORG_ERROR_MESSAGES),
    );
    // People and divisions are named as people know them (issue 8 readability).
    expect(refused.body.message.zh).toBe(
      '事业部经理只能调动本事业部的其他人员（赵敏（p-zhao） 属于 华南事业部（d-south））',
    );
  });

  it('a targets refusal of the same code speaks targets’ text', async () => {
    const body = { targets: { salesAmount: { realistic: 100, stretch: 120 } } };
    // Targets knows p-zhao's division once org's events have reached its replica.
    const refused = await eventually(async () => {
      const response = await harness.request('PUT', '/targets/plans/2026/nodes/salesperson:p-zhao', {
        actor: eastManager,
        body,
      });
      if (response.status !== 403)
        throw new Error(`not yet: ${response.status} ${JSON.stringify(response.body)}`);
      return response;
    });
    expect(refused.body.error).toBe('not-your-division');
    expect(refused.body.message).toEqual(
      localize('not-your-division', refused.body.details, TARGETS_ERROR_MESSAGES),
    );
    expect(refused.body.message.zh).toBe('华南事业部（d-south） 不由您负责：只能处理本人负责的事业部');
  });

  it('a code only targets throws is worded, not just named', async () => {
    const missing = await harness.request('GET', '/targets/plans/2031', { actor: vp });
    expect(missing.status).toBe(404);
    expect(missing.body.message.zh).not.toContain('请求被拒绝');
  });
});
