import { type AppHarness, startApp } from '@sales/shared/app-testing';
import { type ApiCall, customersActors as who, hireCustomersDepartment } from '@sales/customers/testing';
import { standaloneApp } from './standalone.app';

/** The process lives on Monday 16 March 2026, 10:00 in Shanghai. */
const TODAY = '2026-03-16';

const visit = (extra: Record<string, unknown> = {}) => ({
  visitedAt: `${TODAY}T09:30:00+08:00`,
  kind: 'in-person',
  purpose: '介绍新款户外屏',
  outcome: '客户有意向，需报价',
  nextStep: '周五前发报价单',
  nextContactOn: '2026-03-20',
  ...extra,
});

describe('拜访、回访与外出联系汇报 visits, revisits and check-ins over HTTP (C3, C4)', () => {
  let harness: AppHarness;
  let call: ApiCall;
  const register = async (actor: (typeof who)[keyof typeof who], name: string) => {
    const response = await call('POST', '/customers', {
      actor,
      body: { name, industry: '显示屏', region: '苏州', source: '展会' },
    });
    expect(response.status).toBe(201);
    return response.body.customerId as string;
  };

  beforeAll(async () => {
    harness = await startApp(standaloneApp, { SALES_CLOCK: `${TODAY}T10:00:00+08:00` });
    call = (method, path, options) => harness.request(method, path, options);
    await hireCustomersDepartment(call, call);
  });
  afterAll(() => harness.close());

  it('a salesperson logs visits of their own customers; an in-person visit makes the day out; lists follow scope', async () => {
    const customerId = await register(who.li, '星湖显示科技');
    const logged = await call('POST', `/customers/${customerId}/visits`, { actor: who.li, body: visit() });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ date: TODAY, visitId: expect.any(String) });
    const joint = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ kind: 'joint', coachId: 'p-chen', visitedAt: `${TODAY}T14:00:00+08:00` }),
    });
    expect(joint.status).toBe(201);

    const day = await call('GET', `/customers/field-days/p-li/${TODAY}`, { actor: who.chen });
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({ personId: 'p-li', divisionId: 'd-east', out: 'visit' });
    expect(day.body.visits.map((v: { kind: string }) => v.kind)).toEqual(['in-person', 'joint']);

    const seen = await call('GET', `/customers/visits?customerId=${customerId}`, { actor: who.chen });
    expect(seen.body).toEqual([
      expect.objectContaining({ salesperson: '李娜（p-li）', divisionId: 'd-east', coach: null }),
      expect.objectContaining({ kind: 'joint', coach: '陈志强（p-chen）' }),
    ]);
    expect((await call('GET', '/customers/visits', { actor: who.he })).body).toEqual([]);
    const notHis = await call('GET', '/customers/visits?salespersonId=p-li', { actor: who.he });
    expect(notHis.status).toBe(403);
    expect(notHis.body.error).toBe('person-outside-your-scope');
    expect((await call('GET', `/customers/field-days/p-li/${TODAY}`, { actor: who.wang })).status).toBe(403);
  });

  it('refuses a visit in the future, without a zone, of an unknown or another’s customer, a joint visit without a coach above', async () => {
    const customerId = await register(who.li, '金鸡湖光电');
    const future = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ visitedAt: '2026-03-17T09:00:00+08:00' }),
    });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ error: 'visit-in-the-future', details: { field: 'visitedAt' } });
    expect(future.body.message.zh).toContain('拜访时间 visitedAt');
    expect(future.body.message.en).toContain('after today');
    // 21:30 in New York on the 15th is 09:30 on the 16th in Shanghai: today, accepted.
    const abroad = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ visitedAt: '2026-03-15T21:30:00-04:00' }),
    });
    expect(abroad.body).toMatchObject({ date: TODAY });
    const noZone = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ visitedAt: '2026-03-16T09:00:00' }),
    });
    expect(noZone.status).toBe(400);
    expect(noZone.body.fields.map((f: { field: string }) => f.field)).toEqual(['visitedAt']);
    expect(noZone.body.message.zh).toContain('visitedAt');

    const unknown = await call('POST', '/customers/no-such-customer/visits', {
      actor: who.li,
      body: visit(),
    });
    expect(unknown.status).toBe(404);
    const notHis = await call('POST', `/customers/${customerId}/visits`, { actor: who.wang, body: visit() });
    expect(notHis.status).toBe(403);
    expect(notHis.body.error).toBe('visit-not-own-customer');
    expect(notHis.body.message.zh).toContain('李娜（p-li）');

    const noCoach = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ kind: 'joint' }),
    });
    expect(noCoach.body).toMatchObject({ error: 'joint-visit-needs-coach', details: { field: 'coachId' } });
    const notAbove = await call('POST', `/customers/${customerId}/visits`, {
      actor: who.li,
      body: visit({ kind: 'joint', coachId: 'p-zhou' }),
    });
    expect(notAbove.status).toBe(400);
    expect(notAbove.body.message.zh).toMatch(/周敏（p-zhou）\s*不是\s*李娜（p-li）\s*的上级/);
    expect(notAbove.body.message.en).toContain('was not a manager or the VP above');
  });

  it('lists customers overdue for a revisit with days overdue, owner and last visit, by scope', async () => {
    const policy = {
      revisitCadenceDays: { A: 7, B: 14, C: 30, D: 90, ungraded: 14 },
      minimumCheckInsPerDayOut: 1,
    };
    expect(
      (await call('PUT', '/customers/field-work-policy', { actor: who.chen, body: policy })).status,
    ).toBe(403);
    const bad = await call('PUT', '/customers/field-work-policy', {
      actor: who.vp,
      body: { ...policy, revisitCadenceDays: { ...policy.revisitCadenceDays, A: 0 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['revisitCadenceDays.A']);
    expect((await call('PUT', '/customers/field-work-policy', { actor: who.vp, body: policy })).status).toBe(
      200,
    );

    const customerId = await register(who.wang, '独墅湖智能显示');
    await call('POST', `/customers/${customerId}/visits`, {
      actor: who.wang,
      body: visit({ visitedAt: '2026-02-20T15:00:00+08:00', nextContactOn: null }),
    });
    const overdue = await call('GET', '/customers/revisits/overdue?divisionId=d-east', { actor: who.chen });
    expect(overdue.status).toBe(200);
    expect(overdue.body).toEqual([
      expect.objectContaining({
        customerId,
        name: '独墅湖智能显示',
        ownerId: 'p-wang',
        owner: '王磊（p-wang）',
        grade: 'ungraded',
        lastVisitOn: '2026-02-20',
        dueOn: '2026-03-06',
        daysOverdue: 10,
      }),
    ]);
    expect((await call('GET', '/customers/revisits/overdue', { actor: who.wang })).body).toHaveLength(1);
    expect((await call('GET', '/customers/revisits/overdue', { actor: who.li })).body).toEqual([]);
    expect((await call('GET', '/customers/revisits/overdue', { actor: who.vp })).body).toHaveLength(1);
    const otherDivision = await call('GET', '/customers/revisits/overdue?divisionId=d-east', {
      actor: who.zhou,
    });
    expect(otherDivision.status).toBe(403);
    expect(otherDivision.body.message.zh).toContain('华东事业部');
  });

  it('a manager sees missing check-ins by day and person; a check-in needs a place and is one’s own, for a day that has come', async () => {
    expect(
      (await call('POST', '/customers/days-out', { actor: who.li, body: { date: '2026-03-13' } })).status,
    ).toBe(201);
    const missingPath = '/customers/check-ins/missing?from=2026-03-09&to=2026-03-16&divisionId=d-east';
    const before = await call('GET', missingPath, { actor: who.chen });
    expect(before.status).toBe(200);
    const rows = before.body.map((r: any) => [r.personId, r.date, r.reason, r.missing]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['p-li', '2026-03-13', 'declared', 1],
        ['p-li', TODAY, 'visit', 1],
      ]),
    );
    expect(before.body.find((r: any) => r.date === '2026-03-13')).toMatchObject({
      name: '李娜（p-li）',
      dayOver: true,
    });

    const place = '苏州工业园区星湖街 328 号';
    const checkedIn = await call('POST', '/customers/check-ins', {
      actor: who.li,
      body: { date: '2026-03-13', place, coordinates: { lat: 31.3, lng: 120.7 }, note: '补报' },
    });
    expect(checkedIn.status).toBe(201);
    expect(checkedIn.body).toMatchObject({
      date: '2026-03-13',
      recordedAt: expect.stringMatching(/^2026-03-16T/),
    });
    const after = await call('GET', missingPath, { actor: who.chen });
    expect(after.body.some((r: any) => r.personId === 'p-li' && r.date === '2026-03-13')).toBe(false);

    const noPlace = await call('POST', '/customers/check-ins', { actor: who.li, body: { note: '在路上' } });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.fields.map((f: { field: string }) => f.field)).toEqual(['place']);
    const blank = await call('POST', '/customers/check-ins', { actor: who.li, body: { place: '   ' } });
    expect(blank.body).toMatchObject({ error: 'check-in-needs-place', details: { field: 'place' } });
    expect(blank.body.message).toEqual({
      zh: '外出联系汇报须填写地点 place',
      en: 'A check-in needs a place (place)',
    });
    const forWang = await call('POST', '/customers/check-ins', {
      actor: who.li,
      body: { personId: 'p-wang', place },
    });
    expect(forWang.status).toBe(403);
    expect(forWang.body.message.zh).toContain('王磊（p-wang）');
    const ahead = await call('POST', '/customers/check-ins', {
      actor: who.li,
      body: { date: '2026-03-17', place },
    });
    expect(ahead.body).toMatchObject({ error: 'check-in-in-the-future', details: { field: 'date' } });
    const offMap = await call('POST', '/customers/check-ins', {
      actor: who.li,
      body: { place, coordinates: { lat: 91, lng: 120 } },
    });
    expect(offMap.status).toBe(400);
    expect(offMap.body.fields.map((f: { field: string }) => f.field)).toEqual(['coordinates.lat']);

    expect((await call('GET', missingPath, { actor: who.zhou })).status).toBe(403);
    expect((await call('GET', missingPath, { actor: who.finance })).status).toBe(403);
    expect(
      (await call('GET', '/customers/check-ins/missing?from=2026-03-20&to=2026-03-01', { actor: who.vp }))
        .body,
    ).toMatchObject({ error: 'invalid-date-range', details: { field: 'from' } });
  });
});
