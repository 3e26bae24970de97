import { ConflictError, DomainError, ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import { cycleDecider } from './cycle';
import type { CycleEvent } from './cycle-events';
import { cycleSubjectsOf } from './cycle-subjects';
import {
  CYCLE_ID,
  LI,
  ORG,
  Q1,
  SCHEME,
  WANG,
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

describe('appraisal cycle (A2)', () => {
  describe('opening', () => {
    const open = (userId: string, label = '2027-Q1', subjects = [LI, WANG]) =>
      command('OpenCycle', userId, { cycleId: CYCLE_ID, kind: 'quarter', label, scheme: SCHEME, subjects });

    it('the VP opens a quarter under the scheme version in force, with its period, currency and subjects', () => {
      const [event] = given([]).when(open('p-vp')).events();
      expect(event).toMatchObject({
        type: 'CycleOpened',
        data: {
          period: { kind: 'quarter', label: '2027-Q1', from: '2027-01-01', to: '2027-03-31' },
          scheme: { schemeId: 'sales-q', version: 2, appliesTo: 'salesperson' },
          currency: 'CNY',
          subjects: [LI, WANG],
        },
      });
      expect(given([]).when(open('p-zhou')).events()).toHaveLength(1);
    });

    it('subjects are the salespeople at the period’s end, or the divisions with their managers', () => {
      expect(cycleSubjectsOf(ORG, 'salesperson').map((s) => s.id)).toEqual(['p-li', 'p-wang']);
      expect(cycleSubjectsOf(ORG, 'division_manager')).toEqual([
        { kind: 'division', id: 'd-east', personId: 'p-chen', divisionId: 'd-east', name: '华东事业部' },
      ]);
    });

    it('is refused to a salesperson, for a label of another kind, without subjects, and twice', () => {
      given([]).when(open('p-li')).thenThrows(ForbiddenError, 'forbidden-role');
      expect(
        given([]).when(open('p-vp', '2027-03')).thenThrows(DomainError, 'invalid-cycle-period').details,
      ).toMatchObject({
        field: 'label',
      });
      given([])
        .when(open('p-vp', '2027-Q1', []))
        .thenThrows(DomainError, 'cycle-without-subjects');
      given([opened()]).when(open('p-vp')).thenThrows(ConflictError, 'cycle-already-opened');
    });
  });

  describe('closing (the freeze request)', () => {
    it('is refused while the period runs', () => {
      const early = {
        ...command('CloseCycle', 'p-zhou'),
        data: { ...command('CloseCycle', 'p-zhou').data, today: '2027-03-31' },
      };
      given([opened()])
        .when(early as never)
        .thenThrows(DomainError, 'period-not-ended');
    });

    it('publishes CycleClosed with the period, the instant and date of the close and the subjects', () => {
      expect(given([opened()]).when(command('CloseCycle', 'p-zhou')).published()).toEqual([
        {
          type: 'CycleClosed',
          schemaVersion: 1,
          data: {
            cycleId: CYCLE_ID,
            schemeId: 'sales-q',
            schemeVersion: 2,
            period: Q1,
            closedAt: '2027-04-02T02:00:00.000Z',
            asOf: '2027-04-02',
            subjects: [
              { kind: 'person', id: 'p-li' },
              { kind: 'person', id: 'p-wang' },
            ],
            currency: 'CNY',
          },
        },
      ]);
      given([opened(), closed()])
        .when(command('CloseCycle', 'p-zhou'))
        .thenThrows(ConflictError, 'cycle-already-closed');
    });
  });

  describe('the KPI snapshot', () => {
    const record = (s = snapshot()) => ({ type: 'RecordSnapshot', data: { snapshot: s } }) as const;

    it('is recorded once the cycle is closed, not before', () => {
      given([opened()]).when(record()).thenThrows(ConflictError, 'cycle-not-closed');
      given([opened(), closed()]).when(record()).then([snapshotRecorded()]);
    });

    it('never changes: the same event (or the same figures re-sent) is a no-op, different figures are refused', () => {
      given(frozen()).when(record()).then([]);
      given(frozen())
        .when(record(snapshot('evt-kpi-2')))
        .then([]);
      const refused = given(frozen())
        .when(record(snapshot('evt-kpi-3', '1.2')))
        .thenThrows(ConflictError, 'snapshot-frozen');
      expect(refused.details).toMatchObject({ frozenAsOf: '2027-04-02' });
      // …after publication too.
      given(published())
        .when(record(snapshot('evt-kpi-3', '1.2')))
        .thenThrows(ConflictError, 'snapshot-frozen');
    });

    it('must answer this cycle, its period and exactly its subjects', () => {
      given([opened(), closed()])
        .when(record({ ...snapshot(), requestId: 'other' }))
        .thenThrows(DomainError, 'snapshot-not-for-cycle');
      const missing = given([opened(), closed()])
        .when(record({ ...snapshot(), subjects: snapshot().subjects.slice(0, 1) }))
        .thenThrows(DomainError, 'snapshot-subjects-mismatch');
      expect(missing.details).toMatchObject({ missing: ['person:p-wang'], extra: [] });
    });
  });

  describe('qualitative evaluation', () => {
    const evaluate = (userId: string, subjectKey = 'person:p-li', score = 80) =>
      command('EvaluateQualitative', userId, {
        subjectKey,
        score,
        causes: '大客户推迟签约',
        measures: '每周两次联合拜访',
      });

    it('the division manager (or the VP) evaluates a salesperson, with causes and measures', () => {
      const [event] = given(frozen()).when(evaluate('p-chen')).events();
      expect(event).toMatchObject({
        type: 'QualitativeEvaluationRecorded',
        data: {
          subjectKey: 'person:p-li',
          evaluation: {
            score: 80,
            causes: '大客户推迟签约',
            measures: '每周两次联合拜访',
            evaluatedBy: 'p-chen',
          },
        },
      });
      expect(given(frozen()).when(evaluate('p-vp')).events()).toHaveLength(1);
      expect(given(frozen()).when(evaluate('p-chen')).published()).toEqual([]);
    });

    it('is refused to a colleague, to the person themself, outside 0–100 and once submitted', () => {
      given(frozen()).when(evaluate('p-wang')).thenThrows(ForbiddenError, 'not-subject-manager');
      given(frozen()).when(evaluate('p-li')).thenThrows(ForbiddenError, 'not-subject-manager');
      given(frozen())
        .when(evaluate('p-chen', 'person:p-li', 101))
        .thenThrows(DomainError, 'invalid-qualitative-score');
      given(frozen())
        .when(evaluate('p-chen', 'person:p-li', 80.123))
        .thenThrows(DomainError, 'invalid-qualitative-score');
      given(frozen())
        .when(evaluate('p-chen', 'person:p-nobody'))
        .thenThrows(NotFoundError, 'unknown-cycle-subject');
      given([...evaluatedBoth(), submitted()])
        .when(evaluate('p-chen'))
        .thenThrows(ConflictError, 'cycle-not-evaluable');
    });
  });

  describe('submission and approval', () => {
    it('approving with people unevaluated is refused, naming them', () => {
      const refused = given([...frozen(), evaluated(LI, 80)])
        .when(command('SubmitCycleForApproval', 'p-zhou'))
        .thenThrows(ConflictError, 'subjects-unevaluated');
      expect(refused.details).toEqual({ count: 1, subjects: ['王磊'], subjectKeys: ['person:p-wang'] });
    });

    it('is refused before the figures are frozen', () => {
      given([opened(), closed(), evaluated(LI, 80), evaluated(WANG, 50)])
        .when(command('SubmitCycleForApproval', 'p-zhou'))
        .thenThrows(ConflictError, 'snapshot-not-recorded');
    });

    it('goes to the VP, who approves it (published for the notices inbox)', () => {
      expect(given(evaluatedBoth()).when(command('SubmitCycleForApproval', 'p-zhou')).published()).toEqual([
        {
          type: 'CycleSubmittedForApproval',
          schemaVersion: 1,
          data: { cycleId: CYCLE_ID, period: Q1, submittedBy: 'p-zhou', approverId: 'p-vp' },
        },
      ]);
      given([...evaluatedBoth(), submitted()])
        .when(command('ApproveCycle', 'p-vp'))
        .then([approved()]);
    });

    it('never by the submitter — unless nobody is above them, recorded as a self-approval', () => {
      given([...evaluatedBoth(), submitted()])
        .when(command('ApproveCycle', 'p-chen'))
        .thenThrows(ForbiddenError, 'forbidden-role');
      const [event] = given([...evaluatedBoth(), submitted('p-vp', 'p-vp')])
        .when(command('ApproveCycle', 'p-vp'))
        .events();
      expect(event).toMatchObject({
        type: 'CycleApproved',
        data: { approvedBy: 'p-vp', selfApproval: true },
      });
      const withGm = {
        ...command('ApproveCycle', 'p-vp'),
      };
      const org = {
        ...ORG,
        people: [
          ...ORG.people,
          { id: 'p-gm', name: '总经理', role: 'general_manager' as const, divisionId: null, managerId: null },
        ],
      };
      given([...evaluatedBoth(), submitted('p-vp', 'p-gm')])
        .when({ ...withGm, data: { ...withGm.data, org } } as never)
        .thenThrows(ForbiddenError, 'cannot-approve-own-submission');
      given(evaluatedBoth())
        .when(command('ApproveCycle', 'p-vp'))
        .thenThrows(ConflictError, 'cycle-not-submitted');
    });

    it('a rejection needs a reason and sends the cycle back to evaluation', () => {
      given([...evaluatedBoth(), submitted()])
        .when(command('RejectCycle', 'p-vp', { reason: ' ' }))
        .thenThrows(DomainError, 'rejection-reason-required');
      const rejected = given([...evaluatedBoth(), submitted()])
        .when(command('RejectCycle', 'p-vp', { reason: '王磊的评价过于简单' }))
        .events();
      expect(
        given([...evaluatedBoth(), submitted(), ...rejected])
          .when(
            command('EvaluateQualitative', 'p-chen', {
              subjectKey: 'person:p-wang',
              score: 55,
              causes: '',
              measures: '',
            }),
          )
          .events(),
      ).toHaveLength(1);
    });
  });
});
