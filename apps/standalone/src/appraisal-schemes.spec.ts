import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AppHarness,
  type ApiCall,
  SCENARIO_DIVISIONS,
  eventually,
  hireThroughOrg,
  startApp,
} from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { standaloneApp } from './standalone.app';

const vp: Actor = { userId: 'p-vp', role: 'vp' };
const li: Actor = { userId: 'p-li', role: 'salesperson', divisionId: 'd-east' };

/** 业务人员季度考核办法 as the VP types it: three KPIs + the qualitative 20%, commission on 回款, 全额累进. */
const scheme = (overrides: Record<string, unknown> = {}) => ({
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    {
      figureId: 'P7.collections.realistic',
      weightPercent: 40,
      curve: { kind: 'linear', floor: '0.6', target: '1', cap: '1.2' },
    },
    { figureId: 'P1.realistic', weightPercent: 30, curve: { kind: 'linear', floor: '0.5', target: '1' } },
    {
      figureId: 'P5.new',
      weightPercent: 10,
      curve: {
        kind: 'bands',
        bands: [
          { from: '0', points: 0 },
          { from: '2', points: 60 },
          { from: '4', points: 100 },
        ],
      },
    },
  ],
  qualitativeWeightPercent: 20,
  gradeBands: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 75 },
    { grade: 'C', minScore: 60 },
    { grade: 'D', minScore: 0 },
  ],
  miss: { kind: 'grades', grades: ['D'] },
  ladder: {
    help: { text: '由事业部经理制定改进计划并一对一辅导' },
    penalty: { text: '扣减当期绩效奖金', amountMinor: 50_000 },
    eliminationWarning: { text: '淘汰预警，提交副总与人事讨论' },
  },
  commission: {
    basis: 'collections',
    mode: 'full',
    currency: 'CNY',
    tiers: [
      { fromMinor: 0, ratePercent: 2 },
      { fromMinor: 10_000_000, ratePercent: 3 },
      { fromMinor: 30_000_000, ratePercent: 5 },
    ],
    accelerators: [
      { fromAttainment: 0, multiplier: 1 },
      { fromAttainment: 100, multiplier: 1.5 },
      { fromAttainment: 120, multiplier: 2 },
    ],
    capMinor: 5_000_000,
  },
  ...overrides,
});

/** 考核办法 (A1) end to end in one standalone process: the VP sets and tries out a scheme. */
describe('考核办法 appraisal schemes in standalone (A1)', () => {
  let dataDir: string;
  let harness: AppHarness;
  let call: ApiCall;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'appraisal-schemes-'));
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-03-01T10:00:00+08:00', DATA_DIR: dataDir });
    call = (method, path, options) => harness.request(method, path, options);
    await hireThroughOrg(call, {
      day: '2027-01-04',
      divisions: SCENARIO_DIVISIONS,
      people: [
        ['p-zhou', '周强', 'division_manager', 'd-east', 'p-vp'],
        ['p-li', '李娜', 'salesperson', 'd-east', 'p-zhou'],
      ],
    });
    // appraisal's copy of org's tree has the salesperson once org's events reached it
    await eventually(async () => {
      const answer = await call('GET', '/appraisal/schemes', { actor: li });
      if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    }, 30_000);
  }, 120_000);
  afterAll(async () => {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the VP sets a scheme; it is listed and its versions read', async () => {
    const put = await call('PUT', '/appraisal/schemes/sales-quarterly', {
      actor: vp,
      body: { ...scheme(), effectiveFrom: '2027-03-01' },
    });
    expect(put.status).toBe(200);
    expect(put.body.events).toEqual([expect.objectContaining({ type: 'SchemeSet' })]);
    const list = await call('GET', '/appraisal/schemes', { actor: li });
    expect(list.body).toEqual([
      {
        schemeId: 'sales-quarterly',
        name: '业务人员季度考核办法',
        appliesTo: 'salesperson',
        latestVersion: 1,
        versionInForce: 1,
      },
    ]);
    const versions = await call('GET', '/appraisal/schemes/sales-quarterly', { actor: li });
    expect(versions.body).toMatchObject({
      versionInForce: 1,
      versions: [{ version: 1, setBy: 'p-vp', effectiveFrom: '2027-03-01' }],
    });
    expect((await call('GET', '/appraisal/schemes/none', { actor: li })).status).toBe(404);
  });

  it('a salesperson may not set a scheme (403)', async () => {
    const answer = await call('PUT', '/appraisal/schemes/sales-by-li', { actor: li, body: scheme() });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('forbidden-role');
  });

  it('weights adding up to 95% are a 400 naming the field and the sum, in zh-CN and English', async () => {
    const answer = await call('PUT', '/appraisal/schemes/sales-95', {
      actor: vp,
      body: scheme({ qualitativeWeightPercent: 15 }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'scheme-weights-not-100',
      details: { field: 'weightPercent', sumPercent: '95' },
    });
    expect(answer.body.message.zh).toContain('95%');
    expect(answer.body.message.en).toContain('95%');
  });

  it('a malformed field is a 400 naming it', async () => {
    const body = scheme();
    const bad = { ...body, kpis: [{ ...body.kpis[0], weightPercent: '40' }, body.kpis[1], body.kpis[2]] };
    const answer = await call('PUT', '/appraisal/schemes/sales-bad', { actor: vp, body: bad });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.fields)).toContain('weightPercent');
  });

  it('a preview matches the hand calculation', async () => {
    const answer = await call('POST', '/appraisal/schemes/sales-quarterly/preview', {
      actor: vp,
      body: {
        figures: [
          { figureId: 'P7.collections.realistic', value: '0.9' },
          { figureId: 'P1.realistic', value: '0.8' },
          { figureId: 'P5.new', value: '3' },
        ],
        amounts: {
          signedMinor: 40_000_000,
          grossMarginMinor: 0,
          collectedMinor: 44_000_000,
          collectionsTargetMinor: 40_000_000,
        },
        qualitativeScore: 80,
      },
    });
    expect(answer.status).toBe(200);
    // score: (0.9−0.6)/0.4×100 = 75 × 40% = 30; (0.8−0.5)/0.5×100 = 60 × 30% = 18; 3 new → 60 × 10% = 6;
    //        80 × 20% = 16 → 70.00, grade C (≥ 60), not a miss
    expect(answer.body).toMatchObject({
      version: 1,
      score: '70.00',
      grade: 'C',
      missed: false,
      ladderStep: 'none',
    });
    // payout: 回款 440,000 元 ≥ 300,000 → 全额 5%: 22,000.00; 440,000 ÷ 400,000 = 110% → 1.5×: +11,000.00;
    //         33,000.00 under the 50,000.00 cap → 33,000.00 元
    expect(answer.body.payout).toMatchObject({
      amountMinor: 3_300_000,
      display: '33,000.00 元',
      attainmentPercent: '110.00',
      multiplier: '1.5',
    });
    expect(
      answer.body.payout.lines.map((l: { kind: string; amountMinor: number }) => [l.kind, l.amountMinor]),
    ).toEqual([
      ['tier', 2_200_000],
      ['accelerator', 1_100_000],
      ['cap', 0],
    ]);
  });

  it('a revision needs a reason and applies from its date; the version in force stays until then', async () => {
    const revised = scheme({
      qualitativeWeightPercent: 10,
      kpis: scheme().kpis.map((k, i) => (i === 0 ? { ...k, weightPercent: 50 } : k)),
    });
    const noReason = await call('PUT', '/appraisal/schemes/sales-quarterly', {
      actor: vp,
      body: { ...revised, effectiveFrom: '2027-04-01' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toBe('scheme-revision-reason-required');
    const put = await call('PUT', '/appraisal/schemes/sales-quarterly', {
      actor: vp,
      body: { ...revised, effectiveFrom: '2027-04-01', reason: '回款权重提高到 50%' },
    });
    expect(put.status).toBe(200);
    const versions = await call('GET', '/appraisal/schemes/sales-quarterly', { actor: vp });
    expect(versions.body.versionInForce).toBe(1);
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });
});
