import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  fold,
  specify,
} from '@sales/shared/domain';
import { team, who } from '../meetings/team.fixture';
import type { CoachingCommand, OpenImprovementPlan } from './coaching-commands';
import type { CoachingEvent, ImprovementPlanOpened } from './coaching-events';
import { coachingFileDecider } from './coaching-file';
import { listPlans } from './coaching-views';

const spec = specify(coachingFileDecider);
const today = '2027-04-02';

const oneOnOne = (actor = who.wang, data: Partial<Record<string, string>> = {}): CoachingCommand => ({
  type: 'RecordOneOnOne',
  data: {
    actor,
    personId: 'p-li',
    sessionId: 's-1',
    heldOn: '2027-04-01',
    topics: '新区域开拓的难点',
    agreements: '每周二联合拜访一次',
    team,
    today,
    ...data,
  },
});

const open = (data: Partial<OpenImprovementPlan['data']> = {}): CoachingCommand => ({
  type: 'OpenImprovementPlan',
  data: {
    actor: who.wang,
    personId: 'p-li',
    planId: 'plan-1',
    startsOn: '2027-04-02',
    goals: '四月拜访量每天 3 户',
    followUpDates: ['2027-04-30', '2027-04-15'],
    team,
    today,
    ...data,
  },
});

const opened: ImprovementPlanOpened = {
  type: 'ImprovementPlanOpened',
  data: {
    personId: 'p-li',
    planId: 'plan-1',
    coachId: 'p-wang',
    openedOn: today,
    startsOn: '2027-04-02',
    goals: '四月拜访量每天 3 户',
    trigger: { kind: 'manual' },
    followUps: [
      { followUpId: 'f1', dueOn: '2027-04-15' },
      { followUpId: 'f2', dueOn: '2027-04-30' },
    ],
  },
};

const ladderTrigger = {
  kind: 'ladder' as const,
  cycleId: 'cy-2027-03',
  subject: { kind: 'person' as const, id: 'p-li' },
  period: '2027-03',
  grade: 'D',
  consecutiveMisses: 1,
};
const ladder = (coachId: string | null = 'p-wang'): CoachingCommand => ({
  type: 'OpenLadderPlan',
  data: { personId: 'p-li', coachId, trigger: ladderTrigger, today },
});

const onPlan = (
  type: 'SetPlanGoals' | 'ScheduleFollowUp' | 'RecordFollowUp' | 'CloseImprovementPlan',
  data: object,
  actor = who.wang,
) => ({ type, data: { actor, personId: 'p-li', planId: 'plan-1', team, today, ...data } }) as CoachingCommand;

describe('培训和指导 coaching (A4)', () => {
  describe('one-on-ones', () => {
    it('the person’s manager records a one-on-one: what it was about and what was agreed', () => {
      spec
        .given([])
        .when(oneOnOne())
        .then([
          {
            type: 'OneOnOneRecorded',
            data: {
              personId: 'p-li',
              sessionId: 's-1',
              coachId: 'p-wang',
              heldOn: '2027-04-01',
              topics: '新区域开拓的难点',
              agreements: '每周二联合拜访一次',
            },
          },
        ]);
      spec.given([]).when(oneOnOne(who.vp)).events();
    });

    it('not another division’s manager, a colleague, the sales admin, nor oneself', () => {
      spec.given([]).when(oneOnOne(who.he)).thenThrows(ForbiddenError, 'coaching-not-your-person');
      spec.given([]).when(oneOnOne(who.zhao)).thenThrows(ForbiddenError, 'coaching-not-your-person');
      spec.given([]).when(oneOnOne(who.sun)).thenThrows(ForbiddenError, 'coaching-not-your-person');
      spec.given([]).when(oneOnOne(who.li)).thenThrows(ForbiddenError, 'coaching-self');
      spec
        .given([])
        .when(oneOnOne(who.wang, { personId: 'p-none' }))
        .thenThrows(NotFoundError, 'coaching-person-unknown');
    });

    it('held already (not in the future), about something, once per session id', () => {
      spec
        .given([])
        .when(oneOnOne(who.wang, { heldOn: '2027-04-03' }))
        .thenThrows(DomainError, 'coaching-date-in-future');
      expect(
        spec
          .given([])
          .when(oneOnOne(who.wang, { topics: ' ' }))
          .thenThrows(DomainError, 'coaching-topics-required').details,
      ).toEqual({ field: 'topics' });
      const held = spec.given([]).when(oneOnOne()).events();
      spec.given(held).when(oneOnOne()).thenThrows(ConflictError, 'coaching-session-id-taken');
    });
  });

  describe('joint visits from customers’ VisitLogged', () => {
    const note: CoachingCommand = {
      type: 'NoteJointVisit',
      data: {
        personId: 'p-li',
        visitId: 'v-1',
        coachId: 'p-wang',
        customerId: 'c-1',
        visitedOn: '2027-04-01',
      },
    };
    it('are noted once by visit id, whatever the number of deliveries; nothing is published again', () => {
      const events = spec.given([]).when(note).events();
      expect(events).toEqual([{ type: 'JointVisitNoted', data: note.data }]);
      spec.given(events).when(note).then([]);
      expect(spec.given([]).when(note).published()).toEqual([]);
    });
  });

  describe('improvement plans (追踪管理)', () => {
    it('a manager opens a plan with goals and follow-up dates, in date order', () => {
      spec.given([]).when(open()).then([opened]);
    });

    it('a plan’s follow-up date is not before its start', () => {
      const error = spec
        .given([])
        .when(open({ followUpDates: ['2027-04-15', '2027-04-01'] }))
        .thenThrows(DomainError, 'coaching-follow-up-before-start');
      expect(error.details).toEqual({
        field: 'followUpDates[1]',
        dueOn: '2027-04-01',
        startsOn: '2027-04-02',
      });
      spec
        .given([opened])
        .when(onPlan('ScheduleFollowUp', { dueOn: '2027-04-01' }))
        .thenThrows(DomainError, 'coaching-follow-up-before-start');
    });

    it('a plan states goals and at least one follow-up date; ids are not reused', () => {
      spec
        .given([])
        .when(open({ goals: '' }))
        .thenThrows(DomainError, 'coaching-goals-required');
      spec
        .given([])
        .when(open({ followUpDates: [] }))
        .thenThrows(DomainError, 'coaching-follow-up-required');
      spec.given([opened]).when(open()).thenThrows(ConflictError, 'coaching-plan-id-taken');
      spec
        .given([])
        .when(open({ actor: who.he }))
        .thenThrows(ForbiddenError, 'coaching-not-your-person');
    });

    it('follow-ups are scheduled, then held with their progress — once, not in the future', () => {
      spec
        .given([opened])
        .when(onPlan('ScheduleFollowUp', { dueOn: '2027-05-15' }))
        .then([
          {
            type: 'FollowUpScheduled',
            data: { personId: 'p-li', planId: 'plan-1', followUpId: 'f3', dueOn: '2027-05-15', by: 'p-wang' },
          },
        ]);
      const heldF1: CoachingEvent = {
        type: 'FollowUpHeld',
        data: {
          personId: 'p-li',
          planId: 'plan-1',
          followUpId: 'f1',
          heldOn: '2027-04-02',
          progress: '日均 2.5 户',
          by: 'p-wang',
        },
      };
      spec
        .given([opened])
        .when(onPlan('RecordFollowUp', { followUpId: 'f1', heldOn: '2027-04-02', progress: '日均 2.5 户' }))
        .then([heldF1]);
      spec
        .given([opened, heldF1])
        .when(onPlan('RecordFollowUp', { followUpId: 'f1', heldOn: '2027-04-02', progress: '再查' }))
        .thenThrows(DomainError, 'coaching-follow-up-already-held');
      spec
        .given([opened])
        .when(onPlan('RecordFollowUp', { followUpId: 'f9', heldOn: '2027-04-02', progress: 'x' }))
        .thenThrows(NotFoundError, 'coaching-follow-up-not-found');
      spec
        .given([opened])
        .when(onPlan('RecordFollowUp', { followUpId: 'f1', heldOn: '2027-04-03', progress: 'x' }))
        .thenThrows(DomainError, 'coaching-date-in-future');
      spec
        .given([opened])
        .when(onPlan('RecordFollowUp', { followUpId: 'f1', heldOn: '2027-04-02', progress: '' }))
        .thenThrows(DomainError, 'coaching-progress-required');
    });

    it('closes with an outcome; a closed plan takes nothing more', () => {
      const closed = spec
        .given([opened])
        .when(onPlan('CloseImprovementPlan', { outcome: 'improved', note: '达标' }))
        .events();
      expect(closed).toEqual([
        {
          type: 'ImprovementPlanClosed',
          data: {
            personId: 'p-li',
            planId: 'plan-1',
            outcome: 'improved',
            note: '达标',
            closedOn: today,
            closedBy: 'p-wang',
          },
        },
      ]);
      spec
        .given([opened, ...closed])
        .when(onPlan('ScheduleFollowUp', { dueOn: '2027-05-15' }))
        .thenThrows(DomainError, 'coaching-plan-closed');
      spec
        .given([opened])
        .when(onPlan('CloseImprovementPlan', { outcome: 'excellent', note: '' }))
        .thenThrows(DomainError, 'coaching-outcome-unknown');
      spec
        .given([])
        .when(onPlan('CloseImprovementPlan', { outcome: 'improved', note: '' }))
        .thenThrows(NotFoundError, 'coaching-plan-not-found');
    });

    it('the ladder’s help step opens one plan per cycle and subject, however often the result arrives', () => {
      const events = spec.given([]).when(ladder()).events();
      expect(events).toEqual([
        {
          type: 'ImprovementPlanOpened',
          data: {
            personId: 'p-li',
            planId: 'ladder-cy-2027-03-person-p-li',
            coachId: 'p-wang',
            openedOn: today,
            startsOn: today,
            goals: '',
            trigger: ladderTrigger,
            followUps: [],
          },
        },
      ]);
      spec.given(events).when(ladder()).then([]);
      const [published] = spec.given([]).when(ladder()).published();
      expect(published.data).toMatchObject({ openedBy: 'ladder', cycleId: 'cy-2027-03', coachId: 'p-wang' });
    });

    it('a ladder plan is judged only once its coach set goals', () => {
      const events = spec.given([]).when(ladder()).events();
      const planId = 'ladder-cy-2027-03-person-p-li';
      spec
        .given(events)
        .when(onPlan('CloseImprovementPlan', { planId, outcome: 'improved', note: '' }))
        .thenThrows(DomainError, 'coaching-plan-without-goals');
      const goals = spec
        .given(events)
        .when(onPlan('SetPlanGoals', { planId, goals: '回款率到 80%' }))
        .events();
      spec
        .given([...events, ...goals])
        .when(onPlan('CloseImprovementPlan', { planId, outcome: 'not-improved', note: '' }))
        .events();
    });

    it('lists plans in scope with each follow-up due, held or overdue by the clock', () => {
      const file = fold(coachingFileDecider, [opened]);
      const [plan] = listPlans([file], who.wang, team, '2027-04-20');
      expect(plan.followUps.map((f) => f.status)).toEqual(['overdue', 'due']);
      expect(plan.nextFollowUpOn).toBe('2027-04-15');
      expect(listPlans([file], who.li, team, today)).toHaveLength(1);
      expect(listPlans([file], who.zhao, team, today)).toEqual([]);
      expect(listPlans([file], who.he, team, today)).toEqual([]);
      expect(listPlans([file], who.sun, team, today, { status: 'closed' })).toEqual([]);
      expect(listPlans([file], who.vp, team, '2027-04-20', { overdueOnly: true })).toHaveLength(1);
    });

    it('publishes dates and ids; goals and progress stay internal', () => {
      const published = spec.given([]).when(open()).published();
      expect(published).toEqual([
        {
          type: 'ImprovementPlanOpened',
          schemaVersion: 1,
          data: {
            personId: 'p-li',
            planId: 'plan-1',
            coachId: 'p-wang',
            startsOn: '2027-04-02',
            followUpDates: ['2027-04-15', '2027-04-30'],
            cycleId: null,
            openedBy: 'manager',
          },
        },
      ]);
    });
  });
});
