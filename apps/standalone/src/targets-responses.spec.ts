import Ajv from 'ajv';
import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, runTargetsTransferScenario, transferActors } from '@sales/targets/testing';
import { standaloneApp } from './standalone.app';

type Schema = Record<string, any>;

/**
 * The documented schema made strict for the check: every object that lists its properties lists
 * all of them, so a field the API answers but the document does not name fails too.
 */
function strict(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Schema = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === 'properties' ? value : strict(value)]),
  );
  if (schema['properties']) {
    copy['properties'] = Object.fromEntries(
      Object.entries(schema['properties']).map(([key, value]) => [key, strict(value as Schema)]),
    );
    copy['additionalProperties'] ??= false;
  }
  return copy;
}

const REVIEW_FORM = {
  yearEndGoal: '全年签约 600 万元',
  obstacles: '竞品降价',
  territoryStrengths: '老客户复购率高',
  territoryWeaknesses: '安装队伍人手紧张',
  impactIfMissed: '四季度需多完成 150 万',
  lastQuarterProgress: '新签两家医院客户',
  howProgressWasAchieved: '与经理联合拜访',
  makeUpForMisses: '九月前完成两个报备项目的签约',
};

/*
 * Issue 8 readability: every targets read documents its response schema, and answers what it
 * documents. The reads are taken at the interesting moments of a populated plan: every split
 * approved, a move awaiting a transfer, a transfer pending, rejected, approved; a draft plan
 * with an exclusion; a review that went through every step.
 */
describe('the targets reads answer what their response schemas say', () => {
  let harness: AppHarness;
  let openapi: any;
  const reads: { id: string; path: string; body: unknown }[] = [];
  const schemaOf = (id: string) => {
    const [method, path] = id.split(' ');
    return openapi.paths[path]?.[method.toLowerCase()]?.responses?.['200']?.content?.['application/json']
      ?.schema;
  };

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2026-07-01T10:00:00+08:00' });
    const call: ApiCall = (method, path, options) => harness.request(method, path, options);
    const outcome = await runTargetsTransferScenario(call, call, {
      fiscalYear: 2026,
      hiredOn: '2026-01-01',
      movedOn: '2026-07-01',
    });
    const plan = 'GET /targets/plans/{year}';
    const node = 'GET /targets/plans/{year}/nodes/{node}';
    const taken: [string, string, { body: unknown }][] = [
      [plan, 'every split approved', outcome.beforeMove],
      [plan, 'a move awaiting a transfer', outcome.eastView],
      [plan, 'a transfer pending', outcome.planDuring],
      [plan, 'the transfer rejected', outcome.planAfterRejection],
      [plan, 'the transfer approved', outcome.planAfter],
      [node, 'a transfer pending', outcome.nodeDuring],
      [node, 'a division during a transfer', outcome.eastDuring],
      [node, 'the transfer rejected', outcome.nodeAfterRejection],
      [node, 'the transfer approved', outcome.nodeAfter],
      ['GET /targets/plans/{year}/transfers', 'a transfer pending', outcome.transfersDuring],
      ['GET /targets/plans/{year}/versions', 'versions with a rejection', outcome.versions],
    ];
    for (const [id, moment, answer] of taken) reads.push({ id, path: moment, body: answer.body });

    // A plan still in draft, with a salesperson left out on purpose (落实到人例外).
    const { vp, southManager, eastManager } = transferActors;
    const ok = async (actor: any, method: string, path: string, body?: unknown) => {
      const answer = await harness.request(method, path, { actor, body });
      if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer.body)}`);
      return answer;
    };
    await ok(vp, 'POST', '/targets/plans', { fiscalYear: 2027, currency: 'CNY' });
    await ok(vp, 'PUT', '/targets/plans/2027/nodes/company', {
      targets: {
        salesAmount: { realistic: 1_000_000_00, stretch: 1_200_000_00 },
        newCustomers: { realistic: 12, stretch: 16 },
      },
    });
    await ok(southManager, 'POST', '/targets/plans/2027/units/division:d-south/exclusions', {
      personId: 'p-zhao-li',
      reason: '年中调岗，下半年再定目标',
    });
    // A review submitted, commented and archived.
    const li = { userId: 'p-li-na', role: 'salesperson' as const, divisionId: 'd-east' };
    await ok(li, 'PUT', '/targets/reviews/2026/3/p-li-na', REVIEW_FORM);
    await ok(eastManager, 'POST', '/targets/reviews/2026/3/p-li-na/comment', { comment: '障碍分析到位' });
    await ok(eastManager, 'POST', '/targets/reviews/2026/3/p-li-na/archive');
    await ok(li, 'PUT', '/targets/reviews/2026/2/p-li-na', REVIEW_FORM);

    for (const [id, path] of [
      ['GET /targets/plans/{year}', '/targets/plans/2026'],
      ['GET /targets/plans/{year}', '/targets/plans/2027'],
      ['GET /targets/plans/{year}/allocation', '/targets/plans/2026/allocation'],
      ['GET /targets/plans/{year}/allocation', '/targets/plans/2027/allocation'],
      ['GET /targets/plans/{year}/versions', '/targets/plans/2026/versions'],
      ['GET /targets/plans/{year}/versions', '/targets/plans/2027/versions'],
      ['GET /targets/plans/{year}/transfers', '/targets/plans/2026/transfers'],
      ['GET /targets/plans/{year}/nodes/{node}', '/targets/plans/2026/nodes/salesperson:p-li-na'],
      ['GET /targets/plans/{year}/nodes/{node}', '/targets/plans/2027/nodes/company'],
      ['GET /targets/reviews', '/targets/reviews'],
    ]) {
      reads.push({ id, path, body: (await ok(vp, 'GET', path)).body });
    }
    openapi = (await harness.request('GET', '/openapi.json')).body;
  }, 90_000);
  afterAll(() => harness.close());

  it('every targets read documents its 200 response schema', () => {
    const gets = Object.entries(openapi.paths as Record<string, Record<string, unknown>>)
      .filter(([path, item]) => path.startsWith('/targets') && 'get' in item)
      .map(([path]) => `GET ${path}`);
    expect(gets.length).toBeGreaterThanOrEqual(6);
    for (const id of gets)
      expect({ id, documented: schemaOf(id) !== undefined }).toEqual({ id, documented: true });
    // …and each of them is read below.
    expect(gets.filter((id) => !reads.some((r) => r.id === id))).toEqual([]);
  });

  it('each answer validates against its documented schema, no field left undocumented', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    for (const { id, path, body } of reads) {
      const validate = ajv.compile(strict(schemaOf(id)));
      expect({ id, path, valid: validate(body), errors: validate.errors }).toEqual({
        id,
        path,
        valid: true,
        errors: null,
      });
    }
    // The reads were not empty: the schemas were tried on real content.
    const versions = reads.find((r) => r.path === 'versions with a rejection')!.body as any[];
    expect(versions.some((v) => v.rejections.length > 0)).toBe(true);
    expect(versions.map((v) => v.approved?.selfApproval)).toEqual(expect.arrayContaining([true, false]));
    const reviews = reads.find((r) => r.path === '/targets/reviews')!.body as any[];
    expect(reviews.flatMap((r) => r.steps.map((s: any) => s.step))).toEqual([
      'submitted',
      'submitted',
      'commented',
      'archived',
    ]);
  });

  it('money fields say 分 (fen) and the currency', () => {
    const plan = schemaOf('GET /targets/plans/{year}');
    const line = schemaOf('GET /targets/plans/{year}/allocation').items;
    const transfer = schemaOf('GET /targets/plans/{year}/transfers').items;
    const metrics = plan.properties.nodes.items.properties.targets.properties;
    const money = [
      metrics.salesAmount,
      metrics.grossMargin,
      metrics.collections,
      metrics.expenseBudget,
      line.properties.figure,
      line.properties.allocated,
      line.properties.difference,
      transfer.properties.regressions.items.properties.amount,
    ];
    for (const field of money) expect(field.description).toMatch(/分.*currency/);
    expect(metrics.newCustomers.description).toContain('户数');
    for (const schema of [plan, transfer, schemaOf('GET /targets/plans/{year}/nodes/{node}')])
      expect(schema.properties.currency.pattern).toBe('^[A-Z]{3}$');
    expect(line.properties.currency.nullable).toBe(true);
    expect(schemaOf('GET /targets/plans/{year}/versions').items.properties.currency).toBeDefined();
  });
});
