import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const vp = { userId: 'p-vp', role: 'vp' as const };

describe('org in standalone', () => {
  let harness: AppHarness;
  beforeAll(async () => (harness = await startApp(standaloneApp)));
  afterAll(() => harness.close());

  it('creates divisions and hires people; the tree reads now and as of a past date', async () => {
    expect(
      (
        await harness.request('POST', '/org/people', {
          actor: vp,
          body: {
            personId: 'p-vp',
            name: '王总',
            role: 'vp',
            effectiveOn: '2026-01-01',
            backdatingReason: BACKDATED,
          },
        })
      ).status,
    ).toBe(201);
    const created = await harness.request('POST', '/org/divisions', {
      actor: vp,
      body: { code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01', backdatingReason: BACKDATED },
    });
    expect(created.status).toBe(201);
    expect(created.body.divisionId).toBe('d-east');
    const hired = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-li',
        name: '李娜',
        role: 'salesperson',
        divisionId: 'd-east',
        effectiveOn: '2026-02-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(hired.status).toBe(201);
    const tree = await harness.request('GET', '/org/tree', { actor: vp });
    expect(tree.body.people.map((p: { id: string }) => p.id).sort()).toEqual(['p-li', 'p-vp']);
    const past = await harness.request('GET', '/org/tree?asOf=2026-01-15', { actor: vp });
    expect(past.body.people.map((p: { id: string }) => p.id)).toEqual(['p-vp']);
    const division = await harness.request('GET', '/org/divisions/d-east', { actor: vp });
    expect(division.body.name).toBe('华东事业部');
  });

  it('a change recorded for a later date is scheduled, not done, and blocks no earlier change (issue 8 items 4–5)', async () => {
    const later = '2099-01-01';
    expect(
      (
        await harness.request('POST', '/org/divisions', {
          actor: vp,
          body: { divisionId: 'd-north', code: 'NORTH', name: '华北事业部', effectiveOn: later },
        })
      ).status,
    ).toBe(201);
    const moved = await harness.request('POST', '/org/people/p-li/move', {
      actor: vp,
      body: { toDivisionId: 'd-north', managerId: 'p-vp', effectiveOn: later },
    });
    expect(moved.status).toBe(200);
    // Today: 李娜 is still in 华东, 华北 does not exist yet; both changes are listed as scheduled.
    const today = await harness.request('GET', '/org/tree', { actor: vp });
    expect(today.body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.body.divisions.map((d: { id: string }) => d.id)).not.toContain('d-north');
    expect(today.body.people.find((p: { id: string }) => p.id === 'p-li').divisionId).toBe('d-east');
    expect(
      today.body.scheduled.map((c: { type: string; effectiveOn: string }) => [c.type, c.effectiveOn]),
    ).toEqual([
      ['DivisionCreated', later],
      ['PersonMoved', later],
    ]);
    const then = await harness.request('GET', `/org/tree?asOf=${later}`, { actor: vp });
    expect(then.body.people.find((p: { id: string }) => p.id === 'p-li').divisionId).toBe('d-north');
    expect(then.body.scheduled).toEqual([]);
    // A hire dated before the scheduled changes is still accepted.
    const hired = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-zhao',
        name: '赵敏',
        role: 'salesperson',
        divisionId: 'd-east',
        effectiveOn: '2026-03-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(hired.status).toBe(201);
  });

  it('refuses bad input with a 400 naming the field, unknown ids with 404, wrong roles with 403', async () => {
    const bad = await harness.request('POST', '/org/divisions', {
      actor: vp,
      body: { code: 'WEST', name: 42, effectiveOn: 'tomorrow', extra: true },
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual([
      'effectiveOn',
      'extra',
      'name',
    ]);
    expect(bad.body.message.zh).toContain('请求参数不合法');
    expect((await harness.request('GET', '/org/divisions/d-none', { actor: vp })).status).toBe(404);
    expect(
      (
        await harness.request('POST', '/org/divisions', {
          actor: { userId: 'p-li', role: 'salesperson' },
          body: { code: 'X', name: 'x', effectiveOn: '2026-03-01', backdatingReason: BACKDATED },
        })
      ).status,
    ).toBe(403);
    expect((await harness.request('GET', '/org/tree')).status).toBe(401);
  });
});
