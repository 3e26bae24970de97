import { randomUUID } from 'node:crypto';
import { type SchemeRules, schemeDecider, schemeStreamId } from '@sales/appraisal/domain';
import type { KpiPeriodClosedV1 } from '@sales/kpi/events';
import {
  type AppHarness,
  SCENARIO_DIVISIONS,
  eventually,
  hireThroughOrg,
  startApp,
} from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { EventBus } from '@sales/shared/messaging';
import { type ContextRuntime, EVENT_BUS, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

/*
 * 考核周期 (A2) end to end in standalone: a quarter's cycle opened by the 市场部主管, closed (the
 * KPI service freezes the figures — or, where its closer does not answer, the test feeds the
 * `kpi.KpiPeriodClosed.v1` envelope on the in-process bus itself), evaluated by the division
 * manager, submitted, approved by the VP, published, appealed by a salesperson and re-decided by
 * the VP. Scores, grades, ladder steps and payouts are compared with a calculation written here
 * from the frozen figures; refusals are checked over HTTP with their status and code.
 */

const actor = (userId: string, role: Actor['role']): Actor => ({ userId, role });
const vp = actor('p-vp', 'vp');
const salesAdmin = actor('p-admin-sun', 'sales_admin');
const finance = actor('p-fin', 'finance');
const installer = actor('p-inst', 'installer');
const chen = actor('p-chen', 'division_manager');
const li = actor('p-li', 'salesperson');
const wang = actor('p-wang', 'salesperson');

const PEOPLE = [
  ['p-admin-sun', '孙丽', 'sales_admin', null, 'p-vp'],
  ['p-inst', '郑师傅', 'installer', null, 'p-vp'],
  ['p-fin', '刘芳', 'finance', null, 'p-vp'],
  ['p-chen', '陈志强', 'division_manager', 'd-east', 'p-vp'],
  ['p-li', '李娜', 'salesperson', 'd-east', 'p-chen'],
  ['p-wang', '王磊', 'salesperson', 'd-east', 'p-chen'],
] as const;

/** 业务人员季度考核办法: two KPIs that read something even in a quiet quarter, the manager's part, 2% of 回款. */
const RULES: SchemeRules = {
  name: '业务人员季度考核办法',
  appliesTo: 'salesperson',
  kpis: [
    { figureId: 'P4', weightPercent: 30, curve: { kind: 'linear', floor: '0', target: '2' } },
    {
      figureId: 'P7.overdueReceivables',
      weightPercent: 30,
      curve: { kind: 'linear', floor: '4', target: '0' },
    },
  ],
  qualitativeWeightPercent: 40,
  gradeBands: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 75 },
    { grade: 'C', minScore: 60 },
    { grade: 'D', minScore: 0 },
  ],
  miss: { kind: 'grades', grades: ['D'] },
  ladder: {
    help: { text: '制定辅导计划' },
    penalty: { text: '扣减当期提成 500 元', amountMinor: 50_000 },
    eliminationWarning: { text: '淘汰预警，由业务副总决定' },
  },
  commission: {
    basis: 'collections',
    mode: 'full',
    currency: 'CNY',
    tiers: [{ fromMinor: 0, ratePercent: 2 }],
    accelerators: [],
  },
};

type Frozen = { figures: { figureId: string; value: string | null }[]; amounts: { collectedMinor: number } };

/** The test's own calculation: linear points clamped to 0–100, weights, bands, the first miss → help, 2% of 回款. */
function expected(frozen: Frozen, qualitative: number) {
  const value = (id: string) => frozen.figures.find((f) => f.figureId === id)?.value ?? null;
  const points = (v: string | null, floor: number, target: number) =>
    v === null ? 0 : Math.min(100, Math.max(0, ((Number(v) - floor) / (target - floor)) * 100));
  const p4 = Math.round(points(value('P4'), 0, 2) * 100) / 100;
  const overdue = Math.round(points(value('P7.overdueReceivables'), 4, 0) * 100) / 100;
  const score = (p4 * 30 + overdue * 30 + qualitative * 40) / 100;
  const grade = score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : 'D';
  return {
    score: score.toFixed(2),
    grade,
    ladderStep: grade === 'D' ? 'help' : 'none',
    consecutiveMisses: grade === 'D' ? 1 : 0,
    payoutMinor: Math.round((frozen.amounts.collectedMinor * 2) / 100),
  };
}

/** The answer the KPI service gives to a close, as the contract writes it (fed when its closer is absent). */
function kpiAnswer(
  cycleId: string,
  closedAt: string,
  figures: Record<string, [string, string, number]>,
): EventEnvelope {
  const subjects = Object.entries(figures).map(([id, [visitsPerDay, overdue, collectedMinor]]) => ({
    kind: 'person' as const,
    id,
    name: id === 'p-li' ? '李娜' : '王磊',
    figures: [
      {
        figureId: 'P4' as const,
        unit: 'per-working-day' as const,
        value: visitsPerDay,
        display: visitsPerDay,
        reason: null,
      },
      {
        figureId: 'P7.overdueReceivables' as const,
        unit: 'count' as const,
        value: overdue,
        display: overdue,
        reason: null,
      },
    ],
    amounts: {
      signedMinor: 0,
      grossMarginMinor: 0,
      collectedMinor,
      targets: {
        sales: { realisticMinor: null, stretchMinor: null },
        grossMargin: { realisticMinor: null, stretchMinor: null },
        collections: { realisticMinor: null, stretchMinor: null },
      },
    },
    explain: `/kpi/figures/explain?subject=person:${id}&period=2027-Q1&asOf=2027-04-02`,
  }));
  const data: KpiPeriodClosedV1['data'] = {
    requestId: cycleId,
    requestedBy: { context: 'appraisal', eventId: randomUUID() },
    period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
    asOf: '2027-04-02',
    recordedBefore: closedAt,
    readModelVersion: 'test',
    currency: 'CNY',
    subjects,
  } as unknown as KpiPeriodClosedV1['data'];
  return {
    id: randomUUID(),
    context: 'kpi',
    streamId: `kpi-period-${cycleId}`,
    version: 1,
    type: 'KpiPeriodClosed',
    schemaVersion: 1,
    data,
    time: closedAt,
    actor: { userId: 'system', role: 'admin' },
    correlationId: randomUUID(),
  };
}

describe('an appraisal cycle in standalone: open → freeze → evaluate → approve → publish → appeal', () => {
  let harness: AppHarness;
  let bus: EventBus;
  let appraisal: ContextRuntime;
  const cycleId = 'sales-q.2027-Q1';
  const call = (method: string, path: string, who: Actor, body?: unknown) =>
    harness.request(method, path, { actor: who, body });
  const expectAnswer = async (status: number, answer: Promise<{ status: number; body: any }>) => {
    const { status: got, body } = await answer;
    if (got !== status) throw new Error(`expected ${status}, got ${got} ${JSON.stringify(body)}`);
    return body;
  };
  const snapshotsHandled = async (): Promise<number> => {
    const text = (await harness.request('GET', '/metrics')).body as string;
    const line = /sales_events_consumed_total\{group="appraisal\.kpi-snapshots",outcome="ok"\} (\d+)/.exec(
      text,
    );
    return Number(line?.[1] ?? 0);
  };
  const detail = () => call('GET', `/appraisal/cycles/${cycleId}`, vp);
  let fedByTest = false;
  let frozen: Record<string, Frozen>;

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-04-02T02:00:00.000Z' });
    bus = harness.app.get<EventBus>(EVENT_BUS);
    appraisal = harness.app.get<ContextRuntime>(contextRuntimeToken('appraisal'));
    await hireThroughOrg((m, p, o) => harness.request(m, p, o), {
      day: '2026-12-01',
      divisions: SCENARIO_DIVISIONS,
      people: PEOPLE,
    });
    // 考核办法 by the VP, in force from today (set through the scheme aggregate itself).
    await appraisal.commands.execute(
      schemeDecider,
      schemeStreamId('sales-q'),
      {
        type: 'SetScheme',
        data: {
          schemeId: 'sales-q',
          rules: RULES,
          effectiveFrom: '2027-04-02',
          actor: vp,
          actorRole: 'vp',
          today: '2027-04-02',
        },
      },
      vp,
    );
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('opens the quarter for the salespeople at its end; refusals are named (403, 400)', async () => {
    await expectAnswer(
      403,
      call('POST', '/appraisal/cycles', li, { schemeId: 'sales-q', kind: 'quarter', label: '2027-Q1' }),
    );
    const badLabel = await expectAnswer(
      400,
      call('POST', '/appraisal/cycles', salesAdmin, { schemeId: 'sales-q', kind: 'quarter', label: 'Q1' }),
    );
    expect(badLabel.fields.map((f: { field: string }) => f.field)).toEqual(['label']);
    const wrongKind = await expectAnswer(
      400,
      call('POST', '/appraisal/cycles', salesAdmin, {
        schemeId: 'sales-q',
        kind: 'quarter',
        label: '2027-03',
      }),
    );
    expect(wrongKind).toMatchObject({ error: 'invalid-cycle-period', details: { field: 'label' } });
    const noScheme = await expectAnswer(
      400,
      call('POST', '/appraisal/cycles', salesAdmin, { schemeId: 'nope', kind: 'quarter', label: '2027-Q1' }),
    );
    expect(noScheme).toMatchObject({ error: 'no-scheme-in-force', details: { field: 'schemeId' } });

    const opened = await eventually(
      () =>
        expectAnswer(
          201,
          call('POST', '/appraisal/cycles', salesAdmin, {
            schemeId: 'sales-q',
            kind: 'quarter',
            label: '2027-Q1',
          }),
        ),
      30_000,
    );
    expect(opened.cycleId).toBe(cycleId);
    const cycle = await expectAnswer(200, detail());
    expect(cycle).toMatchObject({
      status: 'open',
      period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
      scheme: { schemeId: 'sales-q', version: 1 },
    });
    expect(cycle.subjects.map((s: { key: string; name: string }) => `${s.key} ${s.name}`)).toEqual([
      'person:p-li 李娜',
      'person:p-wang 王磊',
    ]);
    await expectAnswer(
      409,
      call('POST', '/appraisal/cycles', vp, { schemeId: 'sales-q', kind: 'quarter', label: '2027-Q1' }),
    );
  });

  it('closes, and the KPI figures freeze with their asOf and explain references', async () => {
    await expectAnswer(403, call('POST', `/appraisal/cycles/${cycleId}/close`, chen));
    await expectAnswer(404, call('POST', `/appraisal/cycles/nope.2027-Q1/close`, vp));
    await expectAnswer(200, call('POST', `/appraisal/cycles/${cycleId}/close`, salesAdmin));
    const closing = await expectAnswer(200, detail());
    expect(closing.steps.closed).toMatchObject({ by: 'p-admin-sun', asOf: '2027-04-02' });
    // The KPI service's closer answers on its own; if it is not mounted, the test answers for it.
    try {
      await eventually(async () => {
        if (!(await expectAnswer(200, detail())).snapshot) throw new Error('no snapshot yet');
      }, 8_000);
    } catch {
      fedByTest = true;
      const answer = kpiAnswer(cycleId, closing.steps.closed.at, {
        'p-li': ['2.5', '0', 12_345_600],
        'p-wang': ['0.8', '3', 2_000_000],
      });
      await bus.publish(appraisal.topicOf('kpi'), [answer]);
      await eventually(async () => {
        if (!(await expectAnswer(200, detail())).snapshot) throw new Error('no snapshot yet');
      }, 30_000);
    }
    const cycle = await expectAnswer(200, detail());
    expect(cycle.status).toBe('frozen');
    expect(cycle.snapshot).toMatchObject({
      asOf: '2027-04-02',
      recordedBefore: closing.steps.closed.at,
      currency: 'CNY',
    });
    expect(cycle.snapshot.subjects.map((s: { key: string; explain: string }) => [s.key, s.explain])).toEqual([
      ['person:p-li', expect.stringContaining('subject=person:p-li&period=2027-Q1&asOf=2027-04-02')],
      ['person:p-wang', expect.stringContaining('subject=person:p-wang&period=2027-Q1&asOf=2027-04-02')],
    ]);
    frozen = Object.fromEntries(cycle.snapshot.subjects.map((s: Frozen & { key: string }) => [s.key, s]));
  });

  it('a different KpiPeriodClosed for the same cycle does not change the frozen snapshot', async () => {
    const before = (await expectAnswer(200, detail())).snapshot;
    const handled = await snapshotsHandled();
    const other = kpiAnswer(cycleId, before.recordedBefore, {
      'p-li': ['9', '9', 1],
      'p-wang': ['9', '9', 1],
    });
    await bus.publish(appraisal.topicOf('kpi'), [other]);
    await eventually(async () => {
      if ((await snapshotsHandled()) <= handled) throw new Error('not handled yet');
    }, 30_000);
    expect((await expectAnswer(200, detail())).snapshot).toEqual(before);
  });

  it('the manager evaluates; a colleague, a bad score and approving with people unevaluated are refused', async () => {
    const evaluate = (who: Actor, key: string, body: unknown) =>
      call('PUT', `/appraisal/cycles/${cycleId}/evaluations/${key}`, who, body);
    const colleague = await expectAnswer(403, evaluate(wang, 'person:p-li', { score: 100 }));
    expect(colleague.error).toBe('not-subject-manager');
    const badScore = await expectAnswer(400, evaluate(chen, 'person:p-li', { score: 120 }));
    expect(badScore.fields.map((f: { field: string }) => f.field)).toEqual(['score']);
    await expectAnswer(400, evaluate(chen, 'person:p-li', { score: 80, mood: 'good' }));
    await expectAnswer(404, evaluate(chen, 'person:p-nobody', { score: 80 }));
    await expectAnswer(
      200,
      evaluate(chen, 'person:p-li', { score: 85, causes: '两家客户推迟签约', measures: '每周两次联合拜访' }),
    );
    const unevaluated = await expectAnswer(
      409,
      call('POST', `/appraisal/cycles/${cycleId}/submit`, salesAdmin),
    );
    expect(unevaluated).toMatchObject({
      error: 'subjects-unevaluated',
      details: { count: 1, subjects: ['王磊'] },
    });
    expect(unevaluated.message.zh).toContain('王磊');
    await expectAnswer(
      200,
      evaluate(chen, 'person:p-wang', { score: 40, causes: '拜访量不足', measures: '制定拜访计划' }),
    );
  });

  it('is submitted, approved by the VP (not the manager) and published', async () => {
    await expectAnswer(409, call('POST', `/appraisal/cycles/${cycleId}/publish`, vp));
    await expectAnswer(200, call('POST', `/appraisal/cycles/${cycleId}/submit`, salesAdmin));
    await expectAnswer(403, call('POST', `/appraisal/cycles/${cycleId}/approve`, chen));
    const approved = await expectAnswer(200, call('POST', `/appraisal/cycles/${cycleId}/approve`, vp));
    expect(approved.events.map((e: { type: string }) => e.type)).toEqual(['CycleApproved']);
    await expectAnswer(200, call('POST', `/appraisal/cycles/${cycleId}/publish`, salesAdmin));
    expect((await expectAnswer(200, detail())).status).toBe('published');
  });

  it('results equal the calculation written here; pay only for the person, their chain, the VP and finance', async () => {
    const results = await expectAnswer(200, call('GET', `/appraisal/cycles/${cycleId}/results`, vp));
    const byKey = Object.fromEntries(results.results.map((r: any) => [r.subject.key, r]));
    for (const [key, qualitative] of [
      ['person:p-li', 85],
      ['person:p-wang', 40],
    ] as const) {
      const want = expected(frozen[key], qualitative);
      expect({
        score: byKey[key].score,
        grade: byKey[key].grade,
        ladderStep: byKey[key].ladderStep,
        consecutiveMisses: byKey[key].consecutiveMisses,
        payoutMinor: byKey[key].payout.amountMinor,
      }).toEqual(want);
    }
    if (fedByTest) {
      // 李娜: 2.5/day → 100 × 30% + 0 overdue → 100 × 30% + 85 × 40% = 94.00 A; 2% of 123,456.00 元 = 2,469.12 元.
      expect(byKey['person:p-li']).toMatchObject({
        score: '94.00',
        grade: 'A',
        payout: { amountMinor: 246_912 },
      });
      // 王磊: 0.8/day → 40 × 30% = 12 + 3 overdue → 25 × 30% = 7.5 + 40 × 40% = 16 → 35.50 D, help.
      expect(byKey['person:p-wang']).toMatchObject({
        score: '35.50',
        grade: 'D',
        ladderStep: 'help',
        payout: { amountMinor: 40_000 },
      });
    }

    const seen = async (who: Actor) =>
      (await expectAnswer(200, call('GET', `/appraisal/cycles/${cycleId}/results`, who))).results.map(
        (r: any) => `${r.subject.key} ${r.grade} ${r.payVisible ? r.payout.amountMinor : r.payout}`,
      );
    const liPay = byKey['person:p-li'].payout.amountMinor;
    const wangPay = byKey['person:p-wang'].payout.amountMinor;
    const li_ = byKey['person:p-li'].grade;
    const wang_ = byKey['person:p-wang'].grade;
    expect(await seen(li)).toEqual([`person:p-li ${li_} ${liPay}`]);
    expect(await seen(chen)).toEqual([`person:p-li ${li_} ${liPay}`, `person:p-wang ${wang_} ${wangPay}`]);
    expect(await seen(finance)).toEqual([`person:p-li ${li_} ${liPay}`, `person:p-wang ${wang_} ${wangPay}`]);
    expect(await seen(salesAdmin)).toEqual([`person:p-li ${li_} null`, `person:p-wang ${wang_} null`]);
    const forbidden = await expectAnswer(403, call('GET', `/appraisal/cycles/${cycleId}/results`, installer));
    expect(forbidden.error).toBe('results-forbidden');
  });

  it('an appeal needs a reason and is the person’s own; the VP re-decides on the same frozen figures', async () => {
    const appeal = (who: Actor, key: string, reason: string) =>
      call('POST', `/appraisal/cycles/${cycleId}/results/${key}/appeal`, who, { reason });
    const noReason = await expectAnswer(400, appeal(wang, 'person:p-wang', '  '));
    expect(noReason).toMatchObject({ error: 'appeal-reason-required', details: { field: 'reason' } });
    expect((await expectAnswer(403, appeal(li, 'person:p-wang', '替同事申诉'))).error).toBe(
      'not-your-result',
    );
    await expectAnswer(200, appeal(wang, 'person:p-wang', '第一季度有两周在外培训，拜访量不应按全季计算'));
    expect((await expectAnswer(409, appeal(wang, 'person:p-wang', '再次申诉'))).error).toBe(
      'appeal-already-filed',
    );

    const decide = (who: Actor, body: unknown) =>
      call('POST', `/appraisal/cycles/${cycleId}/appeals/person:p-wang/decision`, who, body);
    await expectAnswer(
      403,
      decide(chen, { decision: 'amended', qualitativeScore: 90, reason: '培训期间情有可原' }),
    );
    const noScore = await expectAnswer(400, decide(vp, { decision: 'amended', reason: '培训期间情有可原' }));
    expect(noScore).toMatchObject({
      error: 'qualitative-score-required',
      details: { field: 'qualitativeScore' },
    });
    const before = (await expectAnswer(200, detail())).snapshot;
    await expectAnswer(
      200,
      decide(vp, { decision: 'amended', qualitativeScore: 90, reason: '培训期间情有可原' }),
    );

    const results = await expectAnswer(200, call('GET', `/appraisal/cycles/${cycleId}/results`, wang));
    const [mine] = results.results;
    const want = expected(frozen['person:p-wang'], 90);
    expect({
      score: mine.score,
      grade: mine.grade,
      ladderStep: mine.ladderStep,
      payoutMinor: mine.payout.amountMinor,
    }).toEqual({
      score: want.score,
      grade: want.grade,
      ladderStep: want.ladderStep,
      payoutMinor: want.payoutMinor,
    });
    expect(mine.appeal.decision).toMatchObject({
      by: 'p-vp',
      decision: 'amended',
      reason: '培训期间情有可原',
      before: { score: expected(frozen['person:p-wang'], 40).score, qualitativeScore: 40 },
    });
    expect((await expectAnswer(200, detail())).snapshot).toEqual(before);
    await expectAnswer(409, decide(vp, { decision: 'upheld', reason: '再议' }));
  });
});
