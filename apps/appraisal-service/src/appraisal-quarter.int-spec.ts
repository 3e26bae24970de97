import {
  type HandResult,
  MANAGERS_QUARTER_SCHEME,
  SALES_QUARTER_SCHEME,
  appraiseByHand,
  handSchemeOf,
} from '@sales/appraisal/testing';
import {
  type KpiQuarterApis,
  KPI_QUARTER_EXPECTED,
  expectStatus,
  feedKpiQuarter,
  kpiActors,
  kpiCaughtUp,
} from '@sales/kpi/testing';
import {
  type ApiCall,
  type DistributedPlatform,
  type ServiceName,
  type ServiceProcess,
  eventually,
  openDistributedPlatform,
} from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import { uniqueName } from '@sales/shared/testing';

/** Every process but the projector runs on the record day's clock; appraisal learns the tree from org's events. */
const CLOCKED: readonly ServiceName[] = ['org', 'targets', 'customers', 'contracts', 'kpi-api', 'appraisal'];

const { vp, salesAdmin, chen, zhou, li, wang, he, finance, installer } = kpiActors;
const PERIOD = '2027-Q1';
/** The morning after the last record day (2027-04-02): the cycles are opened and closed then. */
const CLOSING_DAY = '2027-04-03T09:00:00+08:00';
const AS_OF = '2027-04-03';

/** What the KPI API answers for a subject's quarter — the inputs of the calculation by hand. */
type KpiInputs = Readonly<{
  figures: Record<string, string | null>;
  collectedMinor: number;
  collectionsTargetMinor: number | null;
  signedMinor: number;
}>;

/**
 * Issue 12 end to end: the KPI quarter of a small department (issue 11's feed: org, targets,
 * customers, contracts, kpi-projector, kpi-api) and appraisal-service, each its own OS process on
 * the real Kafka broker and the MongoDB-wire server. On the last record day (2027-04-02) the VP
 * sets a scheme for salespeople and one for division managers, the sales admin opens and closes
 * the 2027-Q1 cycles, the KPI service freezes the figures (kpi.KpiPeriodClosed), the managers
 * and the VP add their qualitative scores, the VP approves and the results are published. Scores,
 * grades, payouts and ladder steps must equal `appraiseByHand` (libs/appraisal/testing: BigInt
 * arithmetic, no appraisal code) on the figures the KPI API answers — and for 李娜 on the
 * literals worked out by hand for issue 11.
 */
describe('an appraisal quarter across services, against a calculation by hand', () => {
  jest.setTimeout(180_000);
  let platform: DistributedPlatform;
  let kpi: ApiCall;
  let appraisal: ApiCall;
  const ids: Record<string, string> = {};

  const call = (actor: Actor, method: string, path: string, body?: unknown) =>
    appraisal(method, path, { actor, body });

  beforeAll(async () => {
    platform = await openDistributedPlatform('apprq');
    const databases = Object.fromEntries(
      [...CLOCKED, 'kpi-projector'].map((name) => [name, uniqueName(name.replace('-', ''))]),
    ) as Record<ServiceName, string>;
    databases['kpi-api'] = databases['kpi-projector'];
    await platform.start('kpi-projector', { database: databases['kpi-projector'] });
    let running: ServiceProcess[] = [];
    await platform.explained(() =>
      feedKpiQuarter({
        async onDay(instant): Promise<KpiQuarterApis> {
          await Promise.all(running.map((process) => process.stop()));
          running = await Promise.all(
            CLOCKED.map((name) =>
              platform.start(name, { database: databases[name], env: { SALES_CLOCK: instant } }),
            ),
          );
          const [org, targets, customers, contracts, kpiApi, appraisalApi] = running.map((p) =>
            platform.api(p),
          );
          kpi = kpiApi;
          appraisal = appraisalApi;
          return { org, targets, customers, contracts, kpi: kpiApi };
        },
      }),
    );
    await platform.explained(() => kpiCaughtUp(kpi, 90_000));
    // The quarter is appraised the next morning, once every record day is over: the freeze
    // counts what was recorded before the close (recordedBefore = closedAt), across processes.
    const [kpiApi, appraisalProcess] = running.slice(4);
    await Promise.all([kpiApi.stop(), appraisalProcess.stop()]);
    const closingDay = { SALES_CLOCK: CLOSING_DAY };
    const [kpiNext, appraisalNext] = await Promise.all([
      platform.start('kpi-api', { database: databases['kpi-api'], env: closingDay }),
      platform.start('appraisal', { database: databases.appraisal, env: closingDay }),
    ]);
    kpi = platform.api(kpiNext);
    appraisal = platform.api(appraisalNext);
  }, 900_000);

  afterAll(() => platform?.close());

  it('the VP sets both schemes; the sales admin opens and closes the quarter’s cycles', async () => {
    await platform.explained(async () => {
      // appraisal-service learns the tree from org's topic: the VP is the VP once it has caught up.
      await eventually(
        () =>
          expectStatus(
            'set the salespeople’s scheme',
            200,
            call(vp, 'PUT', '/appraisal/schemes/sales-q', SALES_QUARTER_SCHEME),
          ),
        60_000,
      );
      await expectStatus(
        'set the managers’ scheme',
        200,
        call(vp, 'PUT', '/appraisal/schemes/managers-q', MANAGERS_QUARTER_SCHEME),
      );
      await expectStatus(
        'a salesperson may not set a scheme',
        403,
        call(li, 'PUT', '/appraisal/schemes/sales-q', SALES_QUARTER_SCHEME),
      );
      for (const schemeId of ['sales-q', 'managers-q']) {
        const opened = await expectStatus(
          `open ${schemeId}`,
          201,
          call(salesAdmin, 'POST', '/appraisal/cycles', { schemeId, kind: 'quarter', label: PERIOD }),
        );
        ids[schemeId] = opened.cycleId ?? `${schemeId}.${PERIOD}`;
        await expectStatus(
          `close ${schemeId}`,
          200,
          call(salesAdmin, 'POST', `/appraisal/cycles/${ids[schemeId]}/close`),
        );
      }
    });
  });

  it('the KPI service freezes each subject’s figures, as of the close, with explain references', async () => {
    for (const [schemeId, keys] of [
      ['sales-q', ['person:p-li', 'person:p-wang', 'person:p-he']],
      ['managers-q', ['division:d-east', 'division:d-south']],
    ] as const) {
      const cycle = await platform.explained(() =>
        eventually(async () => {
          const detail = await expectStatus(
            'cycle',
            200,
            call(vp, 'GET', `/appraisal/cycles/${ids[schemeId]}`),
          );
          if (!detail.snapshot) throw new Error(`${schemeId}: no snapshot yet (${detail.status})`);
          return detail;
        }, 90_000),
      );
      expect(cycle.status).toBe('frozen');
      expect(cycle.snapshot).toMatchObject({ asOf: AS_OF, currency: 'CNY' });
      expect(cycle.snapshot.subjects.map((s: { key: string }) => s.key).sort()).toEqual([...keys].sort());
      for (const subject of cycle.snapshot.subjects)
        expect(subject.explain).toContain(`subject=${subject.key}&period=${PERIOD}&asOf=${AS_OF}`);
    }
  });

  it('refuses approval while anyone is unevaluated, then the managers and the VP evaluate', async () => {
    await platform.explained(async () => {
      const early = await call(salesAdmin, 'POST', `/appraisal/cycles/${ids['sales-q']}/submit`);
      expect(early.status).toBe(409);
      expect(JSON.stringify(early.body)).toMatch(/李娜|王磊|何芸/);
      // Only the subject's own manager (as of today's tree) evaluates: 周敏 does not evaluate 李娜.
      await expectStatus(
        'another division’s manager',
        403,
        call(zhou, 'PUT', `/appraisal/cycles/${ids['sales-q']}/evaluations/person:p-li`, { score: 99 }),
      );
      for (const [who, key, score] of [
        [chen, 'person:p-li', 80],
        [chen, 'person:p-wang', 30],
        [zhou, 'person:p-he', 70],
      ] as const) {
        await expectStatus(
          `evaluate ${key}`,
          200,
          call(who, 'PUT', `/appraisal/cycles/${ids['sales-q']}/evaluations/${key}`, {
            score,
            causes: '季度回款节奏偏慢',
            measures: '每周跟进重点客户回款计划',
          }),
        );
      }
      for (const [key, score] of [
        ['division:d-east', 85],
        ['division:d-south', 60],
      ] as const) {
        await expectStatus(
          `evaluate ${key}`,
          200,
          call(vp, 'PUT', `/appraisal/cycles/${ids['managers-q']}/evaluations/${key}`, { score }),
        );
      }
      for (const cycleId of Object.values(ids)) {
        await expectStatus(
          `submit ${cycleId}`,
          200,
          call(salesAdmin, 'POST', `/appraisal/cycles/${cycleId}/submit`),
        );
        await expectStatus(
          `a manager may not approve ${cycleId}`,
          403,
          call(chen, 'POST', `/appraisal/cycles/${cycleId}/approve`),
        );
        await expectStatus(
          `approve ${cycleId}`,
          200,
          call(vp, 'POST', `/appraisal/cycles/${cycleId}/approve`),
        );
        await expectStatus(
          `publish ${cycleId}`,
          200,
          call(salesAdmin, 'POST', `/appraisal/cycles/${cycleId}/publish`),
        );
      }
    });
  });

  it('scores, grades, payouts and ladder steps equal the calculation by hand', async () => {
    const salesResults = await resultsOf(ids['sales-q']);
    const scheme = handSchemeOf(SALES_QUARTER_SCHEME);
    const qualitative: Record<string, number> = { 'person:p-li': 80, 'person:p-wang': 30, 'person:p-he': 70 };
    for (const key of Object.keys(qualitative)) {
      const inputs = await kpiInputs(key);
      const want = appraiseByHand(scheme, {
        figures: inputs.figures,
        qualitativeScore: qualitative[key],
        previousConsecutiveMisses: 0,
        basisMinor: inputs.collectedMinor,
        targetMinor: inputs.collectionsTargetMinor,
      });
      expect(asHand(salesResults[key])).toEqual(want);
    }
    // 李娜 on issue 11's literals: P1 1,349,000 ÷ 840,000 = 1.605952 → capped at 120% → 140.00;
    // P3 839,000 ÷ 939,000 = 0.893504 → (0.893504 − 0.5) ÷ 0.5 × 100 = 78.70; P4 10 ÷ 59 = 0.169492
    // → 60; score 140 × 40% + 78.70 × 20% + 60 × 10% + 80 × 30% = 56 + 15.74 + 6 + 24 = 101.74 → A.
    // Commission 超额累进 on 839,000 元 collected: 500,000 × 1% = 5,000 + 339,000 × 2% = 6,780 →
    // 11,780 元; 839,000 ÷ 672,000 = 124.85% ≥ 120% → × 2 = 23,560.00 元 (under the 30,000 cap).
    const expectedLi = KPI_QUARTER_EXPECTED.figures['salesperson:p-li'][PERIOD];
    expect(expectedLi.p3.receivedMinor).toBe(83_900_000);
    expect(asHand(salesResults['person:p-li'])).toMatchObject({
      points: { 'P1.realistic': '140.00', P3: '78.70', P4: '60.00' },
      score: '101.74',
      grade: 'A',
      ladderStep: 'none',
      payoutMinor: 2_356_000,
    });

    const managerResults = await resultsOf(ids['managers-q']);
    const managers = handSchemeOf(MANAGERS_QUARTER_SCHEME);
    for (const [key, score] of [
      ['division:d-east', 85],
      ['division:d-south', 60],
    ] as const) {
      const inputs = await kpiInputs(key);
      const want = appraiseByHand(managers, {
        figures: inputs.figures,
        qualitativeScore: score,
        previousConsecutiveMisses: 0,
        basisMinor: inputs.signedMinor,
        targetMinor: null,
      });
      expect(asHand(managerResults[key])).toEqual(want);
    }
  });

  it('a miss brings help (帮助), never a dismissal; pay is shown only to those who may see it', async () => {
    const results = await resultsOf(ids['sales-q']);
    const steps = Object.values(results).map((r: any) => `${r.subject.key} ${r.grade} ${r.ladderStep}`);
    for (const result of Object.values(results) as any[]) {
      expect(result.ladderStep).toBe(result.grade === 'D' ? 'help' : 'none');
    }
    expect(steps.length).toBe(3);
    // 何芸 signed 393,500 of a 960,000 元 target (41%: below the 50% floor, 0 points): a D whatever
    // else she did — her first miss, so help, and the help step opens an improvement plan (A4)
    // for her manager 周敏 through appraisal's own published AppraisalResultPublished.
    expect(results['person:p-he']).toMatchObject({ grade: 'D', ladderStep: 'help', consecutiveMisses: 1 });
    const plans = await platform.explained(() =>
      eventually(async () => {
        const answer = await expectStatus(
          'coaching plans',
          200,
          call(zhou, 'GET', '/appraisal/coaching/plans?personId=p-he'),
        );
        const ladder = answer.items.filter((p: any) => p.planId === `ladder-${ids['sales-q']}-person-p-he`);
        if (ladder.length !== 1) throw new Error(`no ladder plan yet: ${JSON.stringify(answer.items)}`);
        return ladder;
      }, 30_000),
    );
    expect(plans[0]).toMatchObject({ personId: 'p-he', status: 'open' });
    const seenBy = async (who: Actor) =>
      (
        await expectStatus('results', 200, call(who, 'GET', `/appraisal/cycles/${ids['sales-q']}/results`))
      ).results
        .map((r: any) => `${r.subject.key} ${r.payVisible ? 'pay' : 'no pay'}`)
        .sort();
    expect(await seenBy(li)).toEqual(['person:p-li pay']);
    expect(await seenBy(wang)).toEqual(['person:p-wang pay']);
    expect(await seenBy(he)).toEqual(['person:p-he pay']);
    // A division manager sees the people below him, not another division's (cycle-pay-scope.ts).
    expect(await seenBy(chen)).toEqual(['person:p-li pay', 'person:p-wang pay']);
    expect(await seenBy(zhou)).toEqual(['person:p-he pay']);
    expect(await seenBy(finance)).toEqual(['person:p-he pay', 'person:p-li pay', 'person:p-wang pay']);
    expect(await seenBy(salesAdmin)).toEqual([
      'person:p-he no pay',
      'person:p-li no pay',
      'person:p-wang no pay',
    ]);
    expect((await call(installer, 'GET', `/appraisal/cycles/${ids['sales-q']}/results`)).status).toBe(403);
  });

  async function resultsOf(cycleId: string): Promise<Record<string, any>> {
    const answer = await expectStatus(
      'results',
      200,
      call(vp, 'GET', `/appraisal/cycles/${cycleId}/results`),
    );
    return Object.fromEntries(answer.results.map((r: any) => [r.subject.key, r]));
  }

  /** The KPI API's answer for the quarter, as of the last record day (independent of appraisal). */
  async function kpiInputs(subject: string): Promise<KpiInputs> {
    const answer = await expectStatus(
      `kpi figures of ${subject}`,
      200,
      kpi('GET', `/kpi/figures?subject=${subject}&period=${PERIOD}&asOf=${AS_OF}`, { actor: vp }),
    );
    const byId = new Map<string, any>(answer.figures.map((f: any) => [f.id, f]));
    const rate = (id: string) => (byId.get(id).value?.value ?? null) as string | null;
    return {
      figures: { 'P1.realistic': rate('P1.realistic'), P3: rate('P3'), P4: rate('P4') },
      collectedMinor: byId.get('P3').inputs.received.amountMinor,
      collectionsTargetMinor: byId.get('P7.collections.realistic').inputs.target?.amountMinor ?? null,
      signedMinor: byId.get('P1.realistic').inputs.signed.amountMinor,
    };
  }
});

/** A published result in the shape of `appraiseByHand`'s answer. */
function asHand(result: any): HandResult {
  return {
    points: Object.fromEntries(result.kpiLines.map((line: any) => [line.figureId, line.points])),
    score: result.score,
    grade: result.grade,
    missed: result.missed,
    consecutiveMisses: result.consecutiveMisses,
    ladderStep: result.ladderStep,
    commissionMinor: commissionOf(result.payout),
    payoutMinor: result.payout.amountMinor,
  };
}

/** The payout before the ladder's penalty: its lines without the penalty line. */
function commissionOf(payout: any): number {
  const penalty = (payout.lines as any[]).find((line) => line.kind === 'penalty');
  return payout.amountMinor - (penalty?.amountMinor ?? 0);
}
