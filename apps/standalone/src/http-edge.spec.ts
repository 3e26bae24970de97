import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const vp = { userId: 'p-vp', role: 'vp' as const };
const admin = { userId: 'p-admin', role: 'admin' as const };

/** `[[[…1…]]]` nested `depth` levels: about two bytes a level. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('the HTTP edge answers bad bodies with a 4xx and a bilingual problem, never a 500', () => {
  let harness: AppHarness;
  const nodePath = '/targets/plans/2026/nodes/company';

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { HTTP_BODY_LIMIT: '8kb' });
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

  const bilingual = (body: any) => {
    expect(typeof body.message.zh).toBe('string');
    expect(typeof body.message.en).toBe('string');
  };

  it('a PUT of a node with {} is a 400 naming targets', async () => {
    const response = await harness.request('PUT', nodePath, { actor: vp, body: {} });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: any) => f.field)).toContain('targets');
    bilingual(response.body);
  });

  it('a PUT of a node with no body at all (no content type) is a 400', async () => {
    const response = await harness.request('PUT', nodePath, { actor: vp });
    expect(response.status).toBe(400);
    bilingual(response.body);
  });

  it('a PUT of a node with an empty JSON body is a 400', async () => {
    const response = await harness.request('PUT', nodePath, { actor: vp, rawBody: '' });
    expect(response.status).toBe(400);
    bilingual(response.body);
  });

  it('a body over HTTP_BODY_LIMIT is a 413 with the problem body', async () => {
    const response = await harness.request('PUT', nodePath, {
      actor: vp,
      body: { targets: {}, padding: 'x'.repeat(9 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.body.error).toBe('payload-too-large');
    expect(response.body.message.zh).toContain('请求体过大');
    expect(response.body.message.en).toMatch(/too large/);
    expect(response.body.message.en).toContain('8kb');
  });

  it('~1,300 levels of nesting in 2.6 KB is a 400, not a stack overflow', async () => {
    const raw = `{"targets":{"salesAmount":${nested(1300)}}}`;
    expect(raw.length).toBeLessThan(2700);
    const response = await harness.request('PUT', nodePath, { actor: vp, rawBody: raw });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('too-deeply-nested');
    bilingual(response.body);
  });

  it('nesting inside strings does not count', async () => {
    const response = await harness.request('POST', '/targets/reviews/2026/1/p-vp/comment', {
      actor: vp,
      body: { comment: nested(1000) },
    });
    expect(response.body.error).not.toBe('too-deeply-nested');
    expect(response.status).toBeLessThan(500);
  });

  it('an impossible calendar date in a query parameter is a 400 naming it', async () => {
    for (const path of [
      '/org/tree?asOf=2026-13-45',
      '/org/tree?asOf=2026-02-30',
      '/org/people/p-vp?asOf=2025-02-29',
    ]) {
      const response = await harness.request('GET', path, { actor: vp });
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: any) => f.field)).toEqual(['asOf']);
      expect(response.body.message.zh).toContain('asOf');
    }
    expect((await harness.request('GET', '/org/tree?asOf=2024-02-29', { actor: vp })).status).toBe(200);
  });

  it('an impossible calendar date in a body is a 400 naming it', async () => {
    const response = await harness.request('POST', '/org/divisions', {
      actor: vp,
      body: { code: 'EAST', name: '华东', effectiveOn: '2026-04-31', backdatingReason: BACKDATED },
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: any) => f.field)).toContain('effectiveOn');
  });

  it('a route without a body refuses one with fields in it', async () => {
    const response = await harness.request('POST', '/targets/plans/2026/units/company/submit', {
      actor: vp,
      body: { reason: 'x' },
    });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: any) => f.field)).toEqual(['reason']);
  });

  it('ids named like Object.prototype members are ordinary ids', async () => {
    expect((await harness.request('GET', '/org/people/constructor', { actor: vp })).status).toBe(404);
    expect((await harness.request('GET', '/org/divisions/toString', { actor: vp })).status).toBe(404);
    const division = await harness.request('POST', '/org/divisions', {
      actor: vp,
      body: {
        divisionId: 'toString',
        code: 'TS',
        name: '测试部',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(division.status).toBe(201);
    const hire = await harness.request('POST', '/org/people', {
      actor: vp,
      body: {
        personId: 'constructor',
        name: '某人',
        role: 'salesperson',
        divisionId: 'toString',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    expect(hire.status).toBe(201);
    expect((await harness.request('GET', '/org/people/constructor', { actor: vp })).body.divisionId).toBe(
      'toString',
    );
    // targets learns of the hire through its replica of org's events.
    await eventually(async () => {
      const node = await harness.request('PUT', '/targets/plans/2026/nodes/salesperson:constructor', {
        actor: vp,
        body: { targets: { salesAmount: { realistic: 1, stretch: 1 } } },
      });
      expect(node.status).toBe(200);
    });
  });

  it('a query parameter a route does not read is a 400 naming it, except on public routes', async () => {
    const response = await harness.request('GET', '/targets/plans/2026?asOf=2026-01-01', { actor: vp });
    expect(response.status).toBe(400);
    expect(response.body.fields.map((f: any) => f.field)).toEqual(['asOf']);
    expect((await harness.request('GET', '/health/live?nocache=1')).status).toBe(200);
  });
});
