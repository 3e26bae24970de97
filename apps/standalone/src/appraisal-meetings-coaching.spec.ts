import { randomUUID } from 'node:crypto';
import { SummaryOverdueRounds } from '@sales/appraisal/service';
import { type AppHarness, eventually, startApp } from '@sales/shared/app-testing';
import type { Actor } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import type { EventBus } from '@sales/shared/messaging';
import { type ContextRuntime, EVENT_BUS, contextRuntimeToken } from '@sales/shared/runtime';
import { standaloneApp } from './standalone.app';

/** These org changes are dated before today (倒签): only with a reason, by the VP or an admin. */
const BACKDATED = '补录既有组织 / recording the existing department';

const actor = (userId: string, role: Actor['role']): Actor => ({ userId, role });
const admin = actor('p-admin', 'admin');
const vp = actor('p-vp', 'vp');
const wang = actor('p-wang', 'division_manager');
const he = actor('p-he', 'division_manager');
const li = actor('p-li', 'salesperson');
const zhao = actor('p-zhao', 'salesperson');
const chen = actor('p-chen', 'salesperson');
const sun = actor('p-sun', 'sales_admin');
const finance = actor('p-fin', 'finance');

/** A published event of another context (or appraisal's cycles), as the in-process bus carries it. */
function envelope(context: string, type: string, data: unknown, id: string = randomUUID()): EventEnvelope {
  return {
    id,
    context,
    streamId: `${context}-spec-${id}`,
    version: 1,
    type,
    schemaVersion: 1,
    data,
    time: '2027-04-02T02:00:00.000Z',
    actor: { userId: 'system', role: 'admin' },
    correlationId: randomUUID(),
  };
}

/**
 * 销售会议 (A3), 培训和指导 (A4) and 书面总结 (A5) over HTTP in one standalone process living on
 * 2 April 2027: a meeting with its absentees, misses and actions followed up by the clock; a
 * one-on-one, a plan refused with a follow-up before its start, a joint visit from customers'
 * VisitLogged, and the ladder's help step opening one plan however often the result arrives;
 * a summary pre-filled from customers' and contracts' facts (each counted once), acknowledged
 * and archived by the right people, the missing list, and SummaryOverdue once per person and period.
 */
describe('appraisal meetings, coaching and summaries in standalone (A3–A5)', () => {
  let harness: AppHarness;
  let bus: EventBus;
  let appraisal: ContextRuntime;
  const call = (method: string, path: string, who: Actor, body?: unknown) =>
    harness.request(method, path, { actor: who, body });
  const expectAnswer = async (status: number, answer: Promise<{ status: number; body: any }>) => {
    const { status: got, body } = await answer;
    if (got !== status) throw new Error(`expected ${status}, got ${got} ${JSON.stringify(body)}`);
    return body;
  };
  const publishedOf = async (type: string) => {
    const found: EventEnvelope[] = [];
    for await (const event of appraisal.store.readPublished()) if (event.type === type) found.push(event);
    return found;
  };

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: '2027-04-02T10:00:00+08:00' });
    bus = harness.app.get<EventBus>(EVENT_BUS);
    appraisal = harness.app.get<ContextRuntime>(contextRuntimeToken('appraisal'));
    const org = (who: Actor, path: string, body: object) =>
      expectAnswer(
        201,
        call('POST', path, who, { effectiveOn: '2027-01-01', backdatingReason: BACKDATED, ...body }),
      );
    await org(admin, '/org/people', { personId: 'p-vp', name: '张伟', role: 'vp' });
    await org(vp, '/org/divisions', { divisionId: 'd-east', code: 'EAST', name: '华东事业部' });
    await org(vp, '/org/divisions', { divisionId: 'd-south', code: 'SOUTH', name: '华南事业部' });
    const hire = (personId: string, name: string, role: string, divisionId: string | null) =>
      org(vp, '/org/people', { personId, name, role, divisionId });
    await hire('p-wang', '王磊', 'division_manager', 'd-east');
    await hire('p-he', '何芳', 'division_manager', 'd-south');
    await hire('p-li', '李娜', 'salesperson', 'd-east');
    await hire('p-zhao', '赵强', 'salesperson', 'd-east');
    await hire('p-chen', '陈静', 'salesperson', 'd-south');
    await hire('p-sun', '孙丽', 'sales_admin', null);
    await hire('p-fin', '钱会计', 'finance', null);
    // Appraisal knows people through its replica of org's events: wait until it knows the last one.
    await eventually(async () => {
      await expectAnswer(200, call('GET', '/appraisal/summaries/settings', sun));
    }, 30_000);
  });
  afterAll(() => harness.close());

  describe('销售会议 (A3)', () => {
    const meeting = {
      meetingId: 'm-east-0330',
      divisionId: 'd-east',
      heldOn: '2027-03-30',
      attendeeIds: ['p-wang', 'p-li'],
      absences: [{ personId: 'p-zhao', reason: '在外地验收项目' }],
      misses: [{ personId: 'p-li', cause: '大客户推迟采购', measure: '四月加大回访' }],
      actions: [
        { description: '整理重点客户名单', ownerId: 'p-li', dueOn: '2027-04-01' },
        { description: '跟进验收款', ownerId: 'p-zhao', dueOn: '2027-04-10' },
      ],
    };

    it('an absentee needs a reason and an action an owner and a due date: 400 naming the field', async () => {
      const noReason = await expectAnswer(
        400,
        call('POST', '/appraisal/meetings', wang, {
          ...meeting,
          absences: [{ personId: 'p-zhao', reason: ' ' }],
        }),
      );
      expect(noReason).toMatchObject({
        error: 'meeting-absence-reason-required',
        details: { field: 'absences[0].reason' },
      });
      expect(noReason.message.zh).toContain('缺席须说明原因');
      const noOwner = await expectAnswer(
        400,
        call('POST', '/appraisal/meetings', wang, {
          ...meeting,
          actions: [{ description: '回访', dueOn: '2027-04-09' }],
        }),
      );
      expect(JSON.stringify(noOwner.fields ?? noOwner)).toContain('ownerId');
      const early = await expectAnswer(
        400,
        call('POST', '/appraisal/meetings', wang, {
          ...meeting,
          actions: [{ description: '回访', ownerId: 'p-li', dueOn: '2027-03-01' }],
        }),
      );
      expect(early.details).toMatchObject({ field: 'actions[0].dueOn' });
    });

    it('another division’s manager, a salesperson and finance are refused (403)', async () => {
      expect((await expectAnswer(403, call('POST', '/appraisal/meetings', he, meeting))).error).toBe(
        'meeting-not-your-division',
      );
      await expectAnswer(403, call('POST', '/appraisal/meetings', li, meeting));
      await expectAnswer(403, call('GET', '/appraisal/meetings', finance));
    });

    it('the manager records it; actions are followed up as open, overdue and done by the clock, in scope', async () => {
      const recorded = await expectAnswer(201, call('POST', '/appraisal/meetings', wang, meeting));
      expect(recorded.meetingId).toBe('m-east-0330');
      const [held] = await publishedOf('MeetingHeld');
      expect(held.data).toEqual({
        meetingId: 'm-east-0330',
        divisionId: 'd-east',
        heldOn: '2027-03-30',
        heldBy: 'p-wang',
        attendeeIds: ['p-wang', 'p-li'],
        absenteeIds: ['p-zhao'],
        actions: [
          { actionId: 'a1', ownerId: 'p-li', dueOn: '2027-04-01' },
          { actionId: 'a2', ownerId: 'p-zhao', dueOn: '2027-04-10' },
        ],
      });
      const ids = async (who: Actor, status: string) =>
        (await expectAnswer(200, call('GET', `/appraisal/meeting-actions?status=${status}`, who))).items.map(
          (a: { actionId: string; ownerId: string }) => `${a.actionId}:${a.ownerId}`,
        );
      expect(await ids(wang, 'overdue')).toEqual(['a1:p-li']);
      expect(await ids(wang, 'open')).toEqual(['a2:p-zhao']);
      expect(await ids(zhao, 'overdue')).toEqual([]);
      expect(await ids(he, 'open')).toEqual([]);
      await expectAnswer(400, call('GET', '/appraisal/meeting-actions?status=late', wang));

      await expectAnswer(
        403,
        call('POST', '/appraisal/meetings/m-east-0330/actions/a1/done', zhao, { note: '已完成' }),
      );
      await expectAnswer(
        404,
        call('POST', '/appraisal/meetings/m-east-0330/actions/a9/done', li, { note: '已完成' }),
      );
      await expectAnswer(
        200,
        call('POST', '/appraisal/meetings/m-east-0330/actions/a1/done', li, { note: '已发给经理' }),
      );
      expect(await ids(vp, 'done')).toEqual(['a1:p-li']);
      expect(await ids(sun, 'overdue')).toEqual([]);
      const [completed] = await publishedOf('MeetingActionCompleted');
      expect(completed.data).toMatchObject({ actionId: 'a1', completedOn: '2027-04-02', late: true });

      const seenByZhao = await expectAnswer(200, call('GET', '/appraisal/meetings/m-east-0330', zhao));
      expect(seenByZhao.absences).toEqual([{ personId: 'p-zhao', reason: '在外地验收项目' }]);
      expect(seenByZhao.misses).toEqual([]);
      expect((await expectAnswer(200, call('GET', '/appraisal/meetings', chen))).items).toEqual([]);
      await expectAnswer(403, call('GET', '/appraisal/meetings/m-east-0330', chen));
      await expectAnswer(404, call('GET', '/appraisal/meetings/m-none', vp));
    });
  });

  describe('培训和指导 (A4)', () => {
    it('the manager records a one-on-one; another division’s manager may not; a follow-up before the start is 400', async () => {
      await expectAnswer(
        201,
        call('POST', '/appraisal/coaching/people/p-li/one-on-ones', wang, {
          heldOn: '2027-04-01',
          topics: '新区域开拓的难点',
          agreements: '每周二联合拜访',
        }),
      );
      await expectAnswer(
        403,
        call('POST', '/appraisal/coaching/people/p-li/one-on-ones', he, {
          heldOn: '2027-04-01',
          topics: '越级',
        }),
      );
      const early = await expectAnswer(
        400,
        call('POST', '/appraisal/coaching/people/p-li/plans', wang, {
          startsOn: '2027-04-02',
          goals: '日均拜访 3 户',
          followUpDates: ['2027-04-16', '2027-04-01'],
        }),
      );
      expect(early).toMatchObject({
        error: 'coaching-follow-up-before-start',
        details: { field: 'followUpDates[1]' },
      });
      const opened = await expectAnswer(
        201,
        call('POST', '/appraisal/coaching/people/p-li/plans', wang, {
          planId: 'plan-li-04',
          startsOn: '2027-04-02',
          goals: '日均拜访 3 户',
          followUpDates: ['2027-04-16'],
        }),
      );
      expect(opened.planId).toBe('plan-li-04');
      await expectAnswer(
        200,
        call('POST', '/appraisal/coaching/people/p-li/plans/plan-li-04/follow-ups/f1/held', wang, {
          heldOn: '2027-04-02',
          progress: '本周已拜访 9 户',
        }),
      );
    });

    it('a joint visit from customers’ VisitLogged lands in the salesperson’s file once', async () => {
      const visit = envelope('customers', 'VisitLogged', {
        visitId: 'v-joint-1',
        salespersonId: 'p-li',
        divisionId: 'd-east',
        businessDate: '2027-04-01',
        visitedAt: '2027-04-01T10:00:00+08:00',
        customerId: 'c-hx',
        kind: 'joint',
        coachId: 'p-wang',
        nextContactOn: null,
      });
      // The same visit again under another event id (as if logged twice), then another joint
      // visit: one group handles them in order, so once v-joint-2 is there the repeat was handled.
      const again = randomUUID();
      const other = randomUUID();
      await bus.publish(appraisal.topicOf('customers'), [
        visit,
        { ...visit, id: again, streamId: `customers-spec-${again}` },
        {
          ...visit,
          id: other,
          streamId: `customers-spec-${other}`,
          data: { ...(visit.data as object), visitId: 'v-joint-2', customerId: 'c-yh' },
        },
      ]);
      const file = await eventually(async () => {
        const answer = await expectAnswer(200, call('GET', '/appraisal/coaching/people/p-li', li));
        if (answer.jointVisits.length < 2) throw new Error('not both joint visits yet');
        return answer;
      }, 30_000);
      expect(file.jointVisits).toEqual([
        { visitId: 'v-joint-1', coachId: 'p-wang', customerId: 'c-hx', visitedOn: '2027-04-01' },
        { visitId: 'v-joint-2', coachId: 'p-wang', customerId: 'c-yh', visitedOn: '2027-04-01' },
      ]);
      expect(file.sessions).toHaveLength(1);
      await expectAnswer(403, call('GET', '/appraisal/coaching/people/p-li', zhao));
    });

    it('the ladder’s help step opens one improvement plan for the subject, however often the result arrives', async () => {
      const result = (personId: string) =>
        envelope('appraisal', 'AppraisalResultPublished', {
          cycleId: 'sales-m.2027-03',
          subject: { kind: 'person', id: personId },
          period: { kind: 'month', label: '2027-03', from: '2027-03-01', to: '2027-03-31' },
          grade: 'D',
          ladderStep: 'help',
          consecutiveMisses: 1,
        });
      // p-zhao's result three times (a relay republishing, a replay), then p-chen's: one group
      // handles them in order, so once p-chen's plan is there every p-zhao delivery was handled.
      await bus.publish(appraisal.topic, [
        result('p-zhao'),
        result('p-zhao'),
        result('p-zhao'),
        result('p-chen'),
      ]);
      const plans = async (personId = 'p-zhao', who = wang) =>
        (await expectAnswer(200, call('GET', `/appraisal/coaching/plans?personId=${personId}`, who))).items;
      await eventually(async () => {
        if ((await plans('p-chen', vp)).length === 0) throw new Error('no plan yet');
      }, 30_000);
      expect((await plans('p-chen', he))[0]).toMatchObject({ coachId: 'p-he', status: 'open' });
      const [plan, ...more] = await plans();
      expect(more).toEqual([]);
      expect(plan).toMatchObject({
        personId: 'p-zhao',
        planId: 'ladder-sales-m.2027-03-person-p-zhao',
        coachId: 'p-wang',
        status: 'open',
        goals: '',
        trigger: { kind: 'ladder', cycleId: 'sales-m.2027-03', period: '2027-03', grade: 'D' },
      });
      const opened = (await publishedOf('ImprovementPlanOpened')).filter(
        (e) => (e.data as { personId: string }).personId === 'p-zhao',
      );
      expect(opened.map((e) => e.data)).toEqual([
        {
          personId: 'p-zhao',
          planId: 'ladder-sales-m.2027-03-person-p-zhao',
          coachId: 'p-wang',
          startsOn: '2027-04-02',
          followUpDates: [],
          cycleId: 'sales-m.2027-03',
          openedBy: 'ladder',
        },
      ]);
      const path = '/appraisal/coaching/people/p-zhao/plans/ladder-sales-m.2027-03-person-p-zhao';
      expect(
        (await expectAnswer(400, call('POST', `${path}/close`, wang, { outcome: 'improved' }))).error,
      ).toBe('coaching-plan-without-goals');
      await expectAnswer(200, call('PUT', `${path}/goals`, wang, { goals: '四月回款 20 万' }));
      await expectAnswer(201, call('POST', `${path}/follow-ups`, wang, { dueOn: '2027-04-20' }));
      expect((await plans())[0].followUps).toEqual([
        { followUpId: 'f1', dueOn: '2027-04-20', held: null, status: 'due' },
      ]);
      const seenByChen = (await expectAnswer(200, call('GET', '/appraisal/coaching/plans', chen))).items;
      expect(seenByChen.map((p: { personId: string }) => p.personId)).toEqual(['p-chen']);
    });
  });

  describe('书面总结 (A5)', () => {
    it('the draft is pre-filled with March’s own figures from customers’ and contracts’ events, each counted once', async () => {
      const visit = envelope('customers', 'VisitLogged', {
        visitId: 'v-1',
        salespersonId: 'p-li',
        divisionId: 'd-east',
        businessDate: '2027-03-10',
        visitedAt: '2027-03-10T10:00:00+08:00',
        customerId: 'c-hx',
        kind: 'in-person',
        coachId: null,
        nextContactOn: null,
      });
      const facts = [
        visit,
        visit,
        envelope('customers', 'VisitLogged', {
          ...(visit.data as object),
          visitId: 'v-2',
          businessDate: '2027-04-01',
        }),
        envelope('customers', 'CustomerRegistered', {
          customerId: 'c-new',
          name: '华星商场',
          creditCode: null,
          industry: 'retail',
          region: '上海',
          source: 'visit',
          status: 'potential',
          ownerId: 'p-li',
          divisionId: 'd-east',
          registeredOn: '2027-03-12',
        }),
      ];
      const party = {
        contractId: 'k-1',
        customerId: 'c-hx',
        ownerId: 'p-li',
        divisionId: 'd-east',
        currency: 'CNY',
      };
      const money = [
        envelope('contracts', 'ContractSigned', {
          ...party,
          signedOn: '2027-03-15',
          amountMinor: 50_000_000,
        }),
        envelope('contracts', 'PaymentReceived', {
          ...party,
          paymentId: 'pay-1',
          receivedOn: '2027-03-20',
          amountMinor: 20_000_000,
        }),
        envelope('contracts', 'PaymentReversed', {
          ...party,
          paymentId: 'rev-1',
          reversedOn: '2027-03-21',
          amountMinor: 1_000_000,
        }),
      ];
      await bus.publish(appraisal.topicOf('customers'), facts);
      await bus.publish(appraisal.topicOf('contracts'), [...money, money[1]]);
      const expected = {
        visits: 1,
        customersRegistered: 1,
        contractsSigned: 1,
        signed: [{ currency: 'CNY', amountMinor: 50_000_000 }],
        collected: [{ currency: 'CNY', amountMinor: 19_000_000 }],
      };
      await eventually(async () => {
        const draft = await expectAnswer(200, call('GET', '/appraisal/summaries/draft?period=2027-03', li));
        expect(draft.figures).toEqual(expected);
      }, 30_000);
      const draft = await expectAnswer(200, call('GET', '/appraisal/summaries/draft?period=2027-03', li));
      expect(draft.period).toEqual({
        cadence: 'monthly',
        label: '2027-03',
        from: '2027-03-01',
        to: '2027-03-31',
        dueOn: '2027-04-03',
      });
      await expectAnswer(403, call('GET', '/appraisal/summaries/draft?period=2027-03&personId=p-li', chen));
      expect(
        (await expectAnswer(400, call('GET', '/appraisal/summaries/draft?period=2027-13', li))).details,
      ).toEqual({
        field: 'period',
        period: '2027-13',
      });
    });

    it('handed in by the salesperson; acknowledged by the manager (not another division’s); archived by the sales admin', async () => {
      const path = '/appraisal/summaries/2027-03/p-li';
      const body = { progress: '三月签约一单 50 万，回款 19 万', suggestions: '建议增加展会预算' };
      await expectAnswer(403, call('PUT', path, zhao, body));
      await expectAnswer(400, call('PUT', '/appraisal/summaries/2027-04/p-li', li, body));
      await expectAnswer(400, call('PUT', '/appraisal/summaries/2027-W13/p-li', li, body));
      await expectAnswer(200, call('PUT', path, li, body));
      const summary = await expectAnswer(200, call('GET', path, wang));
      expect(summary).toMatchObject({
        status: 'submitted',
        progress: body.progress,
        figures: { visits: 1, contractsSigned: 1 },
      });
      await expectAnswer(403, call('POST', `${path}/acknowledge`, li, {}));
      expect((await expectAnswer(403, call('POST', `${path}/acknowledge`, he, {}))).error).toBe(
        'summary-not-your-team',
      );
      await expectAnswer(
        200,
        call('POST', `${path}/acknowledge`, wang, { comment: '收到，展会预算下周讨论' }),
      );
      await expectAnswer(200, call('POST', `${path}/archive`, sun));
      expect((await expectAnswer(200, call('GET', path, li))).status).toBe('archived');
      await expectAnswer(403, call('GET', path, chen));
      const [submitted] = await publishedOf('SummarySubmitted');
      expect(submitted.data).toEqual({
        personId: 'p-li',
        divisionId: 'd-east',
        period: '2027-03',
        dueOn: '2027-04-03',
        submittedOn: '2027-04-02',
        late: false,
      });
    });

    it('lists the missing ones within scope; a daily round announces each overdue once per person and period', async () => {
      const missing = async (who: Actor, period = '2027-03') =>
        (
          await expectAnswer(200, call('GET', `/appraisal/summaries/missing?period=${period}`, who))
        ).items.map((m: { personId: string; overdue: boolean }) => `${m.personId}${m.overdue ? '!' : ''}`);
      expect(await missing(vp)).toEqual(['p-zhao', 'p-chen']);
      expect(await missing(wang)).toEqual(['p-zhao']);
      expect(await missing(chen)).toEqual(['p-chen']);
      expect(await missing(sun, '2027-02')).toEqual(['p-li!', 'p-zhao!', 'p-chen!']);
      await expectAnswer(400, call('GET', '/appraisal/summaries/missing?period=March', vp));

      const rounds = harness.app.get(SummaryOverdueRounds);
      await rounds.runOnce();
      await rounds.runOnce();
      const overdue = (await publishedOf('SummaryOverdue')).map((e) => e.data);
      expect(overdue).toEqual([
        { personId: 'p-li', period: '2027-02', dueOn: '2027-03-03' },
        { personId: 'p-zhao', period: '2027-02', dueOn: '2027-03-03' },
        { personId: 'p-chen', period: '2027-02', dueOn: '2027-03-03' },
      ]);
    });

    it('the VP or sales admin set the cadence; a manager may not', async () => {
      await expectAnswer(403, call('PUT', '/appraisal/summaries/settings', wang, { cadence: 'weekly' }));
      await expectAnswer(400, call('PUT', '/appraisal/summaries/settings', sun, { cadence: 'daily' }));
      await expectAnswer(200, call('PUT', '/appraisal/summaries/settings', sun, { cadence: 'weekly' }));
      expect(await expectAnswer(200, call('GET', '/appraisal/summaries/settings', li))).toMatchObject({
        cadence: 'weekly',
        setBy: 'p-sun',
      });
      const draft = await expectAnswer(200, call('GET', '/appraisal/summaries/draft', li));
      expect(draft.period.label).toBe('2027-W12');
    });
  });
});
