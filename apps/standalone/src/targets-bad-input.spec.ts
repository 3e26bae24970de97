import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const vp = { userId: 'p-vp', role: 'vp' as const };
const admin = { userId: 'p-admin', role: 'admin' as const };

describe('targets and org refuse bad input with a 400 naming the field (zh-CN and en)', () => {
  let harness: AppHarness;
  const put = (node: string, body: unknown) =>
    harness.request('PUT', `/targets/plans/2026/nodes/${node}`, { actor: vp, body });

  beforeAll(async () => {
    harness = await startApp(standaloneApp);
    await harness.request('POST', '/org/people', {
      actor: admin,
      body: {
        personId: 'p-vp',
        name: '王建国',
        role: 'vp',
        effectiveOn: '2025-12-01',
        backdatingReason: BACKDATED,
      },
    });
    await harness.request('POST', '/targets/plans', {
      actor: vp,
      body: { fiscalYear: 2026, currency: 'CNY' },
    });
  });
  afterAll(() => harness.close());

  const fields = (body: any) => [...new Set((body.fields ?? []).map((f: any) => f.field))];

  it('negative money', async () => {
    const response = await put('company', { targets: { salesAmount: { realistic: -1, stretch: 10 } } });
    expect(response.status).toBe(400);
    expect(fields(response.body)).toEqual(['targets.salesAmount.realistic']);
    expect(response.body.fields[0].message.zh).toContain('targets.salesAmount.realistic');
  });

  it('a string where a number belongs, and a fraction of a fen', async () => {
    const response = await put('company', { targets: { salesAmount: { realistic: '100', stretch: 10.5 } } });
    expect(response.status).toBe(400);
    expect(fields(response.body).sort()).toEqual([
      'targets.salesAmount.realistic',
      'targets.salesAmount.stretch',
    ]);
  });

  it('an unknown field, at the top and nested', async () => {
    const response = await put('company', {
      targets: { salesAmount: { realistic: 1, stretch: 1, bonus: 3 } },
      note: 'x',
    });
    expect(response.status).toBe(400);
    expect(fields(response.body).sort()).toEqual(['note', 'targets.salesAmount.bonus']);
    expect(response.body.message.zh).toContain('请求参数不合法');
  });

  it('quarters that do not add up to the year', async () => {
    const response = await put('company', {
      targets: {
        salesAmount: {
          realistic: 100,
          stretch: 100,
          quarters: { realistic: [10, 20, 30, 30], stretch: [25, 25, 25, 25] },
        },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('quarters-do-not-add-up');
    expect(response.body.message.zh).toMatch(/salesAmount|销售额/);
    expect(response.body.message.en).toMatch(/salesAmount|sales/i);
  });

  it('an unknown division named in the URL is 404 on every method; named in a command body it is bad input (400)', async () => {
    const command = await put('division:d-nowhere', {
      targets: { salesAmount: { realistic: 1, stretch: 1 } },
    });
    expect(command.status).toBe(404);
    expect(command.body.error).toBe('unknown-division');
    expect(command.body.message.zh).toContain('d-nowhere');
    const hire = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-x',
        name: '某人',
        role: 'salesperson',
        divisionId: 'd-nowhere',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(hire.status).toBe(400);
    expect(hire.body.message.zh).toContain('d-nowhere');
    expect((await harness.request('GET', '/org/divisions/d-nowhere', { actor: vp })).status).toBe(404);
    const rename = await harness.request('PUT', '/org/divisions/d-nowhere/name', {
      actor: vp,
      body: { name: '无', effectiveOn: '2099-01-01' },
    });
    expect(rename.status).toBe(404);
    const noPlan = await harness.request('PUT', '/targets/plans/2099/nodes/company', {
      actor: vp,
      body: { targets: { salesAmount: { realistic: 1, stretch: 1 } } },
    });
    expect(noPlan.status).toBe(404);
    expect(noPlan.body.message.zh).toContain('2099');
  });

  it('a malformed path parameter', async () => {
    const response = await harness.request('GET', '/targets/plans/twenty/allocation', { actor: vp });
    expect(response.status).toBe(400);
    expect(fields(response.body)).toEqual(['year']);
  });
});
