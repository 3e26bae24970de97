import { type AppHarness, probeBadInput, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

describe('standalone app (embedded default)', () => {
  let harness: AppHarness;
  beforeAll(async () => (harness = await startApp(standaloneApp)));
  afterAll(() => harness.close());

  it('is live and ready with its file stores and in-process bus', async () => {
    expect((await harness.request('GET', '/health/live')).status).toBe(200);
    const ready = await harness.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(Object.keys(ready.body.checks)).toContain('bus:in-process');
  });

  it('serves OpenAPI 3, Swagger UI and AsyncAPI 3 without a token', async () => {
    const openapi = await harness.request('GET', '/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(openapi.body.paths).toHaveProperty(['/health/ready']);
    const docs = await harness.request('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger-ui');
    const asyncapi = await harness.request('GET', '/asyncapi.json');
    expect(asyncapi.status).toBe(200);
    expect(asyncapi.body.asyncapi).toBe('3.0.0');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/org/tree',
        '/org/people',
        '/targets/plans',
        '/targets/plans/{year}/units/{unit}/approve',
        '/targets/reviews',
      ]),
    );
    expect(asyncapi.body.channels.org.address).toBe('sales.org.events');
    expect(asyncapi.body.channels.targets.address).toBe('sales.targets.events');
    expect(Object.keys(asyncapi.body.components.messages)).toEqual(
      expect.arrayContaining([
        'org_DivisionCreated_v1',
        'org_PersonHired_v1',
        'targets_TargetsApproved_v1',
        'targets_QuarterlyReviewArchived_v1',
      ]),
    );
  });

  it('serves the local issuer key set and Prometheus metrics', async () => {
    const jwks = await harness.request('GET', '/auth/jwks.json');
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).not.toHaveProperty('d');
    const metrics = await harness.request('GET', '/metrics');
    expect(String(metrics.body)).toContain('sales_http_requests_total');
  });

  it('answers bad input on every route of every context with a named 4xx, never a 500 (probeBadInput)', async () => {
    const { probed, findings } = await probeBadInput(harness, [
      { userId: 'p-vp', role: 'vp' },
      { userId: 'p-admin', role: 'admin' },
      { userId: 'p-li', role: 'salesperson' },
    ]);
    expect(findings).toEqual([]);
    // 11 commands with a body × 9 probes + 3 without × 3 + 3 reads with asOf + 21 protected routes × 1 query.
    expect(probed).toBeGreaterThanOrEqual(11 * 9 + 3 * 3 + 3 + 21);
  });

  it('answers an unknown route with a bilingual 404', async () => {
    const response = await harness.request('GET', '/no/such/route', {
      actor: { userId: 'u-admin', role: 'admin' },
    });
    expect(response.status).toBe(404);
    expect(response.body.message.zh).toContain('未找到');
  });
});
