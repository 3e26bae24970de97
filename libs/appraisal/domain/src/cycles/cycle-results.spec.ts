import Ajv2020 from 'ajv/dist/2020';
import { CYCLE_EVENT_SPECS } from '@sales/appraisal/events';
import { ConflictError, DomainError, ForbiddenError, specify } from '@sales/shared/domain';
import { cycleDecider } from './cycle';
import type { CycleEvent, CycleResultsPublished } from './cycle-events';
import {
  CYCLE_ID,
  LI,
  Q1,
  SCHEME,
  WANG,
  appealFiled,
  approved,
  closed,
  command,
  evaluated,
  opened,
  snapshot,
  snapshotRecorded,
  submitted,
} from './cycle.fixture';

const { given } = specify(cycleDecider);

const frozen = (): CycleEvent[] => [opened(), closed(), snapshotRecorded()];
const evaluatedBoth = (): CycleEvent[] => [...frozen(), evaluated(LI, 80), evaluated(WANG, 50)];
const approvedCycle = (): CycleEvent[] => [...evaluatedBoth(), submitted(), approved()];
const publish = (previous: Record<string, number> = {}) =>
  command('PublishResults', 'p-vp', { scheme: SCHEME, previousConsecutiveMisses: previous });
const published = (): CycleEvent[] => [
  ...approvedCycle(),
  ...given(approvedCycle())
    .when(publish({ 'person:p-wang': 1 }))
    .events(),
];

describe('appraisal cycle (A2): results and appeals', () => {
  describe('publication', () => {
    it('is refused before approval and under another scheme version', () => {
      given([...evaluatedBoth(), submitted()])
        .when(publish())
        .thenThrows(ConflictError, 'cycle-not-approved');
      given(approvedCycle())
        .when(
          command('PublishResults', 'p-vp', {
            scheme: { ...SCHEME, version: 3 },
            previousConsecutiveMisses: {},
          }),
        )
        .thenThrows(DomainError, 'scheme-version-mismatch');
    });

    it('computes each result from the frozen figures, the evaluation and the earlier misses', () => {
      const [event] = given(approvedCycle())
        .when(publish({ 'person:p-wang': 1 }))
        .events() as [CycleResultsPublished];
      const [li, wang] = event.data.results;
      // 李娜: P1 100% → 100 pts × 40% = 40; P3 90% → (0.9 − 0.5) ÷ 0.5 = 80 pts × 30% = 24; 80 × 30% = 24.
      expect(li.appraisal).toMatchObject({ score: '88.00', grade: 'B', missed: false, ladderStep: 'none' });
      // 回款 100,000.00 元 × 2% = 2,000.00 元.
      expect(li.appraisal.payout.amountMinor).toBe(200_000);
      // 王磊: both KPIs below their floors, 50 × 30% = 15 → D, the second miss in a row → penalty.
      expect(wang).toMatchObject({ previousConsecutiveMisses: 1, qualitativeScore: 50 });
      expect(wang.appraisal).toMatchObject({
        score: '15.00',
        grade: 'D',
        missed: true,
        consecutiveMisses: 2,
        ladderStep: 'penalty',
      });
    });

    it('publishes one result per subject: grade and ladder step, no money', () => {
      const out = given(approvedCycle())
        .when(publish({ 'person:p-wang': 1 }))
        .published();
      expect(out).toEqual([
        {
          type: 'AppraisalResultPublished',
          schemaVersion: 1,
          data: {
            cycleId: CYCLE_ID,
            subject: { kind: 'person', id: 'p-li' },
            period: Q1,
            grade: 'B',
            ladderStep: 'none',
            consecutiveMisses: 0,
          },
        },
        {
          type: 'AppraisalResultPublished',
          schemaVersion: 1,
          data: {
            cycleId: CYCLE_ID,
            subject: { kind: 'person', id: 'p-wang' },
            period: Q1,
            grade: 'D',
            ladderStep: 'penalty',
            consecutiveMisses: 2,
          },
        },
      ]);
      expect(JSON.stringify(out)).not.toMatch(/Minor|payout|score/i);
    });
  });

  describe('appeals', () => {
    const appeal = (userId: string, reason = '回款延迟非本人原因') =>
      command('FileAppeal', userId, { subjectKey: `person:${userId}`, reason });
    const decide = (decision: 'upheld' | 'amended', qualitativeScore: number | null, reason = '核实后调整') =>
      command('DecideAppeal', 'p-vp', {
        subjectKey: 'person:p-wang',
        decision,
        qualitativeScore,
        reason,
        scheme: SCHEME,
      });

    it('an appeal without a reason is refused', () => {
      const refused = given(published())
        .when(appeal('p-wang', '  '))
        .thenThrows(DomainError, 'appeal-reason-required');
      expect(refused.details).toEqual({ field: 'reason' });
    });

    it('only after publication, only by the person, once', () => {
      given(approvedCycle()).when(appeal('p-wang')).thenThrows(ConflictError, 'results-not-published');
      given(published())
        .when(command('FileAppeal', 'p-li', { subjectKey: 'person:p-wang', reason: '替他申诉' }))
        .thenThrows(ForbiddenError, 'not-your-result');
      expect(given(published()).when(appeal('p-wang')).published()).toEqual([
        {
          type: 'AppealFiled',
          schemaVersion: 1,
          data: {
            cycleId: CYCLE_ID,
            subject: { kind: 'person', id: 'p-wang' },
            period: Q1,
            filedBy: 'p-wang',
          },
        },
      ]);
      given([...published(), appealFiled()])
        .when(appeal('p-wang'))
        .thenThrows(ConflictError, 'appeal-already-filed');
    });

    it('the VP re-decides with a new qualitative score: recomputed from the same frozen figures, recorded', () => {
      const history = [...published(), appealFiled()];
      const [event] = given(history).when(decide('amended', 100)).events();
      // 100 × 30% = 30 → still D: the frozen KPIs carry the rest.
      expect(event).toMatchObject({
        type: 'AppealDecided',
        data: {
          decision: 'amended',
          reason: '核实后调整',
          result: { qualitativeScore: 100, previousConsecutiveMisses: 1 },
        },
      });
      expect(event.type === 'AppealDecided' && event.data.result.appraisal.score).toBe('30.00');
      const state = [...history, event].reduce(cycleDecider.evolve, cycleDecider.initialState());
      expect(state.status === 'published' && state.snapshot).toEqual(snapshot());
      expect(
        state.status === 'published' && state.appeals['person:p-wang'].decision?.before.appraisal.score,
      ).toBe('15.00');
      expect(given(history).when(decide('amended', 100)).published()).toEqual([
        {
          type: 'AppealDecided',
          schemaVersion: 1,
          data: {
            cycleId: CYCLE_ID,
            subject: { kind: 'person', id: 'p-wang' },
            period: Q1,
            decidedBy: 'p-vp',
            decision: 'amended',
            grade: 'D',
            ladderStep: 'penalty',
            consecutiveMisses: 2,
          },
        },
      ]);
    });

    it('a decision needs a reason, an open appeal, the VP, and a score exactly when amended', () => {
      const history = [...published(), appealFiled()];
      given(history)
        .when(decide('upheld', null, ''))
        .thenThrows(DomainError, 'decision-reason-required');
      given(published()).when(decide('upheld', null)).thenThrows(ConflictError, 'no-open-appeal');
      given(history).when(decide('amended', null)).thenThrows(DomainError, 'qualitative-score-required');
      given(history).when(decide('upheld', 90)).thenThrows(DomainError, 'upheld-takes-no-score');
      const byManager = command('DecideAppeal', 'p-chen', {
        subjectKey: 'person:p-wang',
        decision: 'upheld',
        qualitativeScore: null,
        reason: '维持',
        scheme: SCHEME,
      });
      given(history).when(byManager).thenThrows(ForbiddenError, 'forbidden-role');
      expect(
        given(history)
          .when(decide('upheld', null, '维持原结果'))
          .events(),
      ).toHaveLength(1);
    });
  });

  it('every event the cycle publishes is valid under its published schema', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const history = [...published(), appealFiled()];
    const out = [
      ...given([])
        .when(
          command('OpenCycle', 'p-vp', {
            cycleId: CYCLE_ID,
            kind: 'quarter',
            label: '2027-Q1',
            scheme: SCHEME,
            subjects: [LI, WANG],
          }),
        )
        .published(),
      ...given([opened()]).when(command('CloseCycle', 'p-zhou')).published(),
      ...given(evaluatedBoth()).when(command('SubmitCycleForApproval', 'p-zhou')).published(),
      ...given([...evaluatedBoth(), submitted()])
        .when(command('ApproveCycle', 'p-vp'))
        .published(),
      ...given(approvedCycle()).when(publish()).published(),
      ...given(published())
        .when(command('FileAppeal', 'p-wang', { subjectKey: 'person:p-wang', reason: '理由' }))
        .published(),
      ...given(history)
        .when(
          command('DecideAppeal', 'p-vp', {
            subjectKey: 'person:p-wang',
            decision: 'upheld',
            qualitativeScore: null,
            reason: '维持',
            scheme: SCHEME,
          }),
        )
        .published(),
    ];
    expect(new Set(out.map((e) => e.type)).size).toBe(CYCLE_EVENT_SPECS.length);
    const invalid = out.flatMap((event) => {
      const spec = CYCLE_EVENT_SPECS.find(
        (s) => s.type === event.type && s.schemaVersion === event.schemaVersion,
      );
      const validate = ajv.compile(spec?.schema ?? {});
      return validate(event.data) ? [] : [`${event.type}: ${JSON.stringify(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
  });
});
