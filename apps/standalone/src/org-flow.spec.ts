import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { FileEventStore } from '@sales/shared/event-sourcing';
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

  it('a person hired with a login subject signs in with it and acts under their person id; their id no longer matches (issue 8 item 9)', async () => {
    const withToken = async (subject: string, claims: { role?: 'vp' | 'general_manager' } = {}) => ({
      // A token as an identity provider issues it: the subject, and no role claim unless given.
      authorization: `Bearer ${await harness.tokenFor({ userId: subject, ...claims })}`,
    });
    // 总经理 孙总 signs in through an identity provider as oidc|123; the VP answers to him.
    const hired = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-gm',
        name: '孙总',
        role: 'general_manager',
        loginSubject: 'oidc|123',
        effectiveOn: '2026-03-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(hired.status).toBe(201);
    const underGm = await harness.request('POST', '/org/people/p-vp/move', {
      actor: vp,
      body: { toDivisionId: null, managerId: 'p-gm', effectiveOn: '2026-03-01', backdatingReason: BACKDATED },
    });
    expect(underGm.status).toBe(200);
    const taken = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-qian',
        name: '钱工',
        role: 'engineer',
        loginSubject: 'oidc|123',
        effectiveOn: '2099-01-01',
      },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('login-subject-taken');
    expect(taken.body.message.zh).toContain('登录身份 oidc|123 已属于人员 孙总（p-gm）');
    const tooLong = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-qian',
        name: '钱工',
        role: 'engineer',
        loginSubject: 'x'.repeat(201),
        effectiveOn: '2099-01-01',
      },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.fields.map((f: { field: string }) => f.field)).toEqual(['loginSubject']);

    // Recognised from the token's subject, with the tree's role, as p-gm.
    const me = await harness.request('GET', '/org/people/p-gm', { headers: await withToken('oidc|123') });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'general_manager', loginSubject: 'oidc|123', reports: ['p-vp'] });
    const claimsVp = await harness.request('GET', '/org/tree', {
      headers: await withToken('oidc|123', { role: 'vp' }),
    });
    expect(claimsVp.status).toBe(403);
    expect(claimsVp.body.error).toBe('role-claim-mismatch');
    // The person id is no longer a way in, whatever the token claims.
    const oldId = await harness.request('GET', '/org/tree', {
      headers: await withToken('p-gm', { role: 'general_manager' }),
    });
    expect(oldId.status).toBe(403);
    expect(oldId.body.error).toBe('subject-of-another-person');
    expect(oldId.body.message.zh).toContain('p-gm');

    // A division manager signing in as oidc|dm-east edits his people's targets as p-dm, the manager
    // the tree names for 华东 (targets compares the actor's id with it).
    expect(
      (
        await harness.request('POST', '/org/people', {
          actor: vp,
          body: {
            personId: 'p-dm',
            name: '周经理',
            role: 'division_manager',
            divisionId: 'd-east',
            loginSubject: 'oidc|dm-east',
            effectiveOn: '2026-03-01',
            backdatingReason: BACKDATED,
          },
        })
      ).status,
    ).toBe(201);
    const opened = await harness.request('POST', '/targets/plans', {
      actor: vp,
      body: { fiscalYear: 2026, currency: 'CNY' },
    });
    expect(opened.status).toBe(201);
    const sales = { targets: { salesAmount: { realistic: 1_000_000_00, stretch: 1_200_000_00 } } };
    // Targets learns of 周经理 from org's events: until then he runs no division there (and nothing changes).
    await eventually(async () => {
      const edited = await harness.request('PUT', '/targets/plans/2026/nodes/salesperson:p-zhao', {
        headers: await withToken('oidc|dm-east'),
        body: sales,
      });
      expect([edited.status, edited.body.error]).toEqual([200, undefined]);
    }, 10_000);
    const asId = await harness.request('PUT', '/targets/plans/2026/nodes/salesperson:p-zhao', {
      headers: await withToken('p-dm'),
      body: sales,
    });
    expect([asId.status, asId.body.error]).toEqual([403, 'subject-of-another-person']);
  });
});

describe('org history recorded before login subjects, in standalone', () => {
  let dataDir: string;
  let harness: AppHarness | undefined;
  afterAll(async () => {
    await harness?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads v1 hires with the person id as login subject, in org and in targets’ copy, beside v2 ones', async () => {
    // What an earlier version stored: v1 hires, internal and published, without a login subject.
    dataDir = await mkdtemp(join(tmpdir(), 'org-v1-'));
    const org = await FileEventStore.open(dataDir, 'org');
    const v1 = [
      {
        type: 'PersonHired',
        schemaVersion: 1,
        data: {
          personId: 'p-vp',
          name: '王建国',
          role: 'vp',
          divisionId: null,
          managerId: null,
          effectiveOn: '2026-01-01',
        },
      },
      {
        type: 'DivisionCreated',
        schemaVersion: 1,
        data: { divisionId: 'd-east', code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01' },
      },
      {
        type: 'PersonHired',
        schemaVersion: 1,
        data: {
          personId: 'p-li',
          name: '李娜',
          role: 'salesperson',
          divisionId: 'd-east',
          managerId: 'p-vp',
          effectiveOn: '2026-01-01',
        },
      },
    ];
    await org.append({
      streamId: 'org-tree',
      expectedVersion: 0,
      events: v1,
      published: { expectedVersion: 0, events: v1 },
      metadata: { actor: { userId: 'p-admin', role: 'admin' }, correlationId: 'c-v1' },
    });
    await org.close();

    harness = await startApp(standaloneApp, { DATA_DIR: dataDir });
    const vp = { userId: 'p-vp', role: 'vp' as const };
    // A token without a role claim, as an identity provider issues it: p-li is found by her id.
    const li = { authorization: `Bearer ${await harness.tokenFor({ userId: 'p-li' })}` };
    const me = await harness.request('GET', '/org/people/p-li', { headers: li });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'salesperson', loginSubject: 'p-li' });
    // Her subject is taken; a new hire brings an identity provider's subject.
    const clash = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-x',
        name: '某人',
        role: 'finance',
        loginSubject: 'p-li',
        effectiveOn: '2099-01-01',
      },
    });
    expect([clash.status, clash.body.error]).toEqual([409, 'login-subject-taken']);
    const wang = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'p-wang',
        name: '王磊',
        role: 'salesperson',
        divisionId: 'd-east',
        loginSubject: 'oidc|wang',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(wang.status).toBe(201);

    // Targets folds its copy — v1 hires from before, a v2 hire now — into one tree.
    const opened = await harness.request('POST', '/targets/plans', {
      actor: vp,
      body: { fiscalYear: 2026, currency: 'CNY' },
    });
    expect(opened.status).toBe(201);
    const sales = { targets: { salesAmount: { realistic: 100, stretch: 120 } } };
    await eventually(async () => {
      for (const node of ['salesperson:p-li', 'salesperson:p-wang']) {
        const set = await harness!.request('PUT', `/targets/plans/2026/nodes/${node}`, {
          actor: vp,
          body: sales,
        });
        expect([node, set.status, set.body.error]).toEqual([node, 200, undefined]);
      }
    }, 10_000);
    const asWang = { authorization: `Bearer ${await harness.tokenFor({ userId: 'oidc|wang' })}` };
    const own = await harness.request('GET', '/targets/plans/2026/nodes/salesperson:p-wang', {
      headers: asWang,
    });
    expect(own.status).toBe(200);
  });
});
