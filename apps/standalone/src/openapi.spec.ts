import Ajv from 'ajv';
import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

type Operation = {
  security?: unknown[];
  responses: Record<string, any>;
  parameters?: any[];
  requestBody?: any;
};

describe('the OpenAPI document says what the HTTP edge does', () => {
  let harness: AppHarness;
  let openapi: any;
  const operations = () =>
    Object.entries(openapi.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, method, op })),
    );
  const op = (id: string) => operations().find((o) => o.id === id)!.op;
  const schema = (name: string) => openapi.components.schemas[name];

  beforeAll(async () => {
    harness = await startApp(standaloneApp);
    openapi = (await harness.request('GET', '/openapi.json')).body;
  });
  afterAll(() => harness.close());

  it('public routes need no token, every other one a bearer JWT', async () => {
    const publicIds = [
      'GET /health/live',
      'GET /health/ready',
      'GET /metrics',
      'GET /openapi.json',
      'GET /docs',
      'GET /auth/jwks.json',
      'GET /asyncapi.json',
    ];
    for (const id of publicIds) expect({ id, security: op(id).security }).toEqual({ id, security: [] });
    for (const { id, op: operation } of operations().filter((o) => !publicIds.includes(o.id))) {
      expect({ id, security: operation.security }).toEqual({ id, security: [{ bearer: [] }] });
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(openapi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(openapi.security ?? []).toEqual([]);
  });

  it('the targets tag tells the order of the steps, from opening the plan to the VP approving each division', () => {
    const tag = openapi.tags.find((t: { name: string }) => t.name === '目标 targets');
    expect(tag.description).toContain('① 副总开启财年计划');
    expect(tag.description).toContain('⑦ 副总（经理的上级）批准');
  });

  it('every operation documents its 4xx with the problem schema', async () => {
    for (const { id, method, op: operation } of operations()) {
      const expected = [
        ...(operation.parameters?.length || operation.requestBody || method !== 'get' ? ['400'] : []),
        ...(method !== 'get' ? ['409', '413'] : []),
        ...(method === 'get' && operation.parameters?.some((p) => p.in === 'path') ? ['404'] : []),
      ];
      expect({ id, codes: Object.keys(operation.responses) }).toEqual({
        id,
        codes: expect.arrayContaining(expected),
      });
      for (const code of Object.keys(operation.responses).filter((c) => c.startsWith('4'))) {
        expect(operation.responses[code].content['application/json'].schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
    }
    expect(schema('Problem').required).toEqual(['statusCode', 'error', 'message']);
  });

  it('class-validator constraints are visible in the schemas', async () => {
    expect(schema('HirePersonDto').required).toEqual(
      expect.arrayContaining(['personId', 'name', 'role', 'effectiveOn']),
    );
    expect(schema('HirePersonDto').properties.personId.pattern).toBeDefined();
    expect(schema('HirePersonDto').properties.name).toMatchObject({ minLength: 1, maxLength: 100 });
    expect(schema('HirePersonDto').properties.role.enum).toContain('salesperson');
    expect(schema('HirePersonDto').properties.effectiveOn).toMatchObject({ format: 'date' });
    expect(schema('HirePersonDto').additionalProperties).toBe(false);
    expect(schema('OpenPlanDto').properties.fiscalYear).toMatchObject({
      type: 'integer',
      minimum: 2000,
      maximum: 2100,
    });
    expect(schema('OpenPlanDto').properties.currency.pattern).toBe('^[A-Z]{3}$');
    expect(schema('MetricTargetDto').properties.realistic).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
    });
    expect(schema('ReviseTargetsDto').properties.changes).toMatchObject({ minItems: 1, maxItems: 500 });
    expect(schema('QuarterlyReviewFormDto').properties.obstacles).toMatchObject({
      minLength: 1,
      maxLength: 5000,
    });
    const year = op('GET /targets/plans/{year}').parameters!.find((p: any) => p.name === 'year');
    expect(year.schema).toMatchObject({ type: 'integer', minimum: 2000, maximum: 2100 });
    const asOf = op('GET /org/tree').parameters!.find((p: any) => p.name === 'asOf');
    expect(asOf.schema).toMatchObject({ format: 'date' });
    const status = op('GET /targets/reviews').parameters!.find((p: any) => p.name === 'status');
    expect(status.schema.enum).toEqual(['submitted', 'commented', 'archived']);
  });

  it('commands document their outcome', async () => {
    expect(op('POST /org/people').responses['201'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CommandOutcome',
    });
    expect(
      op('PUT /targets/plans/{year}/nodes/{node}').responses['200'].content['application/json'].schema,
    ).toEqual({ $ref: '#/components/schemas/CommandOutcome' });
  });

  it('the org reads answer what their response schemas say', async () => {
    const admin = { userId: 'p-admin', role: 'admin' as const };
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
    await harness.request('POST', '/org/divisions', {
      actor: admin,
      body: { code: 'EAST', name: '华东事业部', effectiveOn: '2026-01-01', backdatingReason: BACKDATED },
    });
    await harness.request('POST', '/org/people', {
      actor: admin,
      body: {
        personId: 'p-li',
        name: '李娜',
        role: 'salesperson',
        divisionId: 'd-east',
        effectiveOn: '2026-01-01',
        backdatingReason: BACKDATED,
      },
    });
    const ajv = new Ajv({ strict: false, validateFormats: false });
    for (const [id, path] of [
      ['GET /org/tree', '/org/tree'],
      ['GET /org/tree', '/org/tree?asOf=2026-01-01'],
      ['GET /org/divisions/{divisionId}', '/org/divisions/d-east'],
      ['GET /org/people/{personId}', '/org/people/p-vp'],
    ]) {
      const response = await harness.request('GET', path, { actor: admin });
      expect(response.status).toBe(200);
      const validate = ajv.compile(op(id).responses['200'].content['application/json'].schema);
      expect({ path, valid: validate(response.body), errors: validate.errors }).toEqual({
        path,
        valid: true,
        errors: null,
      });
    }
  });
});

describe('optional headers are documented as optional', () => {
  let harness: AppHarness;
  beforeAll(async () => (harness = await startApp(standaloneApp)));
  afterAll(() => harness.close());

  it('POST /contracts takes an Idempotency-Key but does not need one (the fuzzer sends none)', async () => {
    const openapi = (await harness.request('GET', '/openapi.json')).body;
    const headers = (openapi.paths['/contracts'].post.parameters ?? []).filter((p: any) => p.in === 'header');
    expect(headers.map((p: any) => [p.name.toLowerCase(), p.required ?? false])).toEqual([
      ['idempotency-key', false],
    ]);
  });
});
