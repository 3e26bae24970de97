import { type Actor, ForbiddenError, SettableClock } from '@sales/shared/domain';
import { KpiOrg } from '../org/kpi-org';
import { DEPARTMENT_FACTS } from './kpi-department.fixture';
import { fixedCalendars, source } from './kpi-facts.fixture';
import type { Figure } from './figure-values';
import { KpiFiguresService } from './kpi-figures.service';
import { KpiParameterError } from './kpi-parameter.error';

/*
 * Given the department of kpi-department.fixture.ts, then its figures — every expected number
 * worked out by hand here (amounts in fen; rates to 6 places half-up, displayed to one place).
 * Today is 5 April 2027 in Shanghai.
 */
const clock = new SettableClock(new Date('2027-04-05T04:00:00Z'));
const facts = source(DEPARTMENT_FACTS);
const service = new KpiFiguresService(facts, fixedCalendars, clock, new KpiOrg(facts, clock));

const vp: Actor = { userId: 'p-vp', role: 'vp' };
const li: Actor = { userId: 'p-li', role: 'salesperson', divisionId: 'd-east' };
const chen: Actor = { userId: 'p-chen', role: 'division_manager', divisionId: 'd-east' };

const figures = async (actor: Actor, subject: string, period: string, asOf?: string) => {
  const answer = await service.figuresFor(actor, { subject, period, asOf });
  return Object.fromEntries(answer.figures.map((f) => [f.id, f])) as Record<string, Figure>;
};
const rate = (f: Figure) => {
  const value = f.value as { value: string | null; display: string };
  return [value.value, value.display];
};

describe('KPI figures of one subject and period', () => {
  it('李娜, 2027-Q1 as of 31 March: P1–P7 from her signings, payments, visits, customers, expenses and days out', async () => {
    const q1 = await figures(li, 'person:p-li', '2027-Q1', '2027-03-31');
    // P1: k1 1,130,000 元 ÷ realistic 1,200,000 元 / stretch 1,500,000 元.
    expect(rate(q1['P1.realistic'])).toEqual(['0.941667', '94.2%']);
    expect(rate(q1['P1.stretch'])).toEqual(['0.753333', '75.3%']);
    expect(q1['P1.realistic'].inputs).toMatchObject({
      signed: { amountMinor: 113_000_000, currency: 'CNY', display: '1,130,000.00 元' },
      target: { amountMinor: 120_000_000 },
    });
    // P2: 884,955.75 + 119,266.06 − 700,000 = 304,221.81 元 ÷ 300,000 / 360,000 元.
    expect(rate(q1['P2.realistic'])).toEqual(['1.014073', '101.4%']);
    expect(rate(q1['P2.stretch'])).toEqual(['0.845061', '84.5%']);
    // P3: received 200,000 (the 250,000 dated 03-15 was entered on 1 April) ÷ (0 opening + i1 500,000 due 02-15).
    expect(rate(q1.P3)).toEqual(['0.400000', '40.0%']);
    // P4: c1 (twice on 02-01, once), c2 jointly on 02-03 (the phone call on 02-02 not), c3 on the 调休 Saturday
    // = 3 ÷ working days Jan 21−1 元旦 = 20, Feb 20−5 春节+1 调休 = 16, Mar 23: 59.
    expect(rate(q1.P4)).toEqual(['0.050847', '0.05']);
    expect(q1.P4.inputs).toMatchObject({ visits: 3, workingDays: 59 });
    // P5: owns c1, c2 and c3 (transferred to her 03-01); new: c1 (first contract k1); grades: c1 B.
    expect(q1['P5.owned'].value).toBe(3);
    expect(q1['P5.new'].value).toBe(1);
    expect(q1['P5.byGrade'].value).toEqual({ A: 0, B: 1, C: 0, D: 0, ungraded: 2 });
    // P6: LED 1,000,000 ÷ 1,130,000, installation 130,000 ÷ 1,130,000.
    expect(q1.P6.value).toEqual([
      expect.objectContaining({
        productLineId: 'installation',
        share: expect.objectContaining({ value: '0.115044' }),
      }),
      expect.objectContaining({
        productLineId: 'led',
        share: expect.objectContaining({ value: '0.884956' }),
      }),
    ]);
    // P7: 200,000 ÷ 600,000 / 900,000 collections; 5,000 + 7,000 of a 30,000 元 budget; c1 and c2 registered;
    // one of two days out with a check-in; i1's 500,000 due 02-15 less 200,000 received = 300,000 overdue.
    expect(rate(q1['P7.collections.realistic'])).toEqual(['0.333333', '33.3%']);
    expect(rate(q1['P7.collections.stretch'])).toEqual(['0.222222', '22.2%']);
    expect(rate(q1['P7.expenses'])).toEqual(['0.400000', '40.0%']);
    expect(q1['P7.expenses'].inputs).toMatchObject({ remaining: { amountMinor: 1_800_000 } });
    expect(q1['P7.newPotential'].value).toBe(2);
    expect(rate(q1['P7.checkIns'])).toEqual(['0.500000', '50.0%']);
    expect(q1['P7.overdueReceivables'].value).toEqual({
      amountMinor: 30_000_000,
      currency: 'CNY',
      display: '300,000.00 元',
    });
    // Overdue revisits on 03-31: c1 (B, every 14 days) last visited 02-01, due 02-15, 44 days over;
    // c2 and c3 are ungraded (no cadence by default): 1 of 1 with a cadence.
    expect(q1['P7.overdueRevisits'].value).toBe(1);
    expect(q1['P7.overdueRevisits'].inputs).toMatchObject({
      on: '2027-03-31',
      withCadence: 1,
      customers: [
        { customerId: 'c1', grade: 'B', lastVisitOn: '2027-02-01', dueOn: '2027-02-15', daysOverdue: 44 },
      ],
    });
  });

  it('a payment entered late counts only from the day it was entered, in the company zone (16:30 UTC on 31 March is 1 April)', async () => {
    const entered = await figures(li, 'person:p-li', '2027-Q1', '2027-04-01');
    expect(rate(entered.P3)).toEqual(['0.900000', '90.0%']); // 450,000 ÷ 500,000
    expect(rate(entered['P7.collections.realistic'])).toEqual(['0.750000', '75.0%']);
    // Overdue as of the period's end: 500,000 − 450,000.
    expect((entered['P7.overdueReceivables'].value as { amountMinor: number }).amountMinor).toBe(5_000_000);
    // March alone: 250,000 received ÷ (opening 500,000 − 200,000 = 300,000 + nothing falling due).
    const march = await figures(li, 'person:p-li', '2027-03');
    expect(rate(march.P3)).toEqual(['0.833333', '83.3%']);
  });

  it('华东, the quarter and two months: k2 counts in February and is deducted in March, when it was terminated', async () => {
    const q1 = await figures(chen, 'division:d-east', '2027-Q1', '2027-03-31');
    // 1,130,000 + 500,000 − 500,000 ÷ 3,000,000 / 3,600,000; visits 3 + 1 ÷ (59 + 59).
    expect(rate(q1['P1.realistic'])).toEqual(['0.376667', '37.7%']);
    expect(rate(q1['P1.stretch'])).toEqual(['0.313889', '31.4%']);
    expect(rate(q1.P4)).toEqual(['0.033898', '0.03']);
    const february = await figures(chen, 'division:d-east', '2027-02', '2027-03-31');
    expect(rate(february['P1.realistic'])).toEqual(['0.500000', '50.0%']); // 500,000 ÷ 1,000,000
    expect(rate(february.P4)).toEqual(['0.125000', '0.13']); // 4 ÷ (16 + 16)
    const march = await figures(chen, 'division:d-east', '2027-03', '2027-03-31');
    expect(rate(march['P1.realistic'])).toEqual(['-0.500000', '-50.0%']); // −500,000 ÷ 1,000,000
  });

  it('the company, the quarter: every division, and no target where none was approved', async () => {
    const q1 = await figures(vp, 'company', '2027-Q1', '2027-03-31');
    expect(rate(q1['P1.realistic'])).toEqual(['0.428889', '42.9%']); // 1,930,000 ÷ 4,500,000
    expect(q1['P2.realistic'].value).toMatchObject({ value: null, display: '—' });
    expect(q1['P5.owned'].value).toBe(4);
    expect(q1['P5.new'].value).toBe(2); // c1 (k1), c4 (k3)
    expect(q1['P7.newPotential'].value).toBe(3); // c1, c2, c4
    expect(q1.P6.value).toEqual([
      expect.objectContaining({
        productLineId: 'installation',
        share: expect.objectContaining({ value: '0.067358' }),
      }),
      expect.objectContaining({
        productLineId: 'led',
        share: expect.objectContaining({ value: '0.932642' }),
      }),
    ]);
  });

  it('echoes the subject with its name, the period, the as-of date and where recording stops', async () => {
    const answer = await service.figuresFor(chen, {
      subject: 'division:d-east',
      period: '2027-Q1',
      asOf: '2027-03-31',
    });
    expect(answer).toMatchObject({
      subject: { key: 'division:d-east', kind: 'division', id: 'd-east', name: '华东事业部' },
      period: { label: '2027-Q1', kind: 'quarter', from: '2027-01-01', to: '2027-03-31' },
      asOf: '2027-03-31',
      recordedBefore: '2027-03-31T16:00:00.000Z',
      currency: 'CNY',
    });
    expect(answer.figures.find((f) => f.id === 'P3')?.formula.zh).toMatch(/^应收账款回收率 = /);
    // asOf defaults to today.
    expect((await service.figuresFor(li, { subject: 'person:p-li', period: '2027' })).asOf).toBe(
      '2027-04-05',
    );
  });
});

describe('who may see whose figures (today’s org tree, not the token)', () => {
  const refused = (actor: Actor, subject: string) =>
    service.figuresFor(actor, { subject, period: '2027-Q1' }).then(
      () => 'answered',
      (e: ForbiddenError) => (e instanceof ForbiddenError ? e.code : `not a 403: ${e}`),
    );

  it('a salesperson sees only their own figures', async () => {
    expect(await refused(li, 'person:p-wang')).toBe('kpi-subject-outside-scope');
    expect(await refused(li, 'division:d-east')).toBe('kpi-subject-outside-scope');
    expect(await refused(li, 'company')).toBe('kpi-subject-outside-scope');
    // A token claiming vp does not make 李娜 one.
    expect(await refused({ ...li, role: 'vp' }, 'company')).toBe('kpi-subject-outside-scope');
  });

  it('a division manager sees the division and its people, not another division, its people or the company', async () => {
    expect(await refused(chen, 'person:p-li')).toBe('answered');
    expect(await refused(chen, 'division:d-east')).toBe('answered');
    expect(await refused(chen, 'division:d-south')).toBe('kpi-subject-outside-scope');
    expect(await refused(chen, 'person:p-zhao')).toBe('kpi-subject-outside-scope');
    expect(await refused(chen, 'company')).toBe('kpi-subject-outside-scope');
  });

  it('the VP and admin see everything; finance and people outside the tree see nothing', async () => {
    expect(await refused(vp, 'person:p-zhao')).toBe('answered');
    expect(await refused({ userId: 'it-ops', role: 'admin' }, 'company')).toBe('answered');
    expect(await refused({ userId: 'p-fin', role: 'finance' }, 'company')).toBe('kpi-figures-not-allowed');
    expect(await refused({ userId: 'u-stranger', role: 'vp' }, 'company')).toBe('kpi-caller-not-in-org-tree');
  });
});

describe('bad parameters: 400 naming the parameter', () => {
  const problem = (params: Record<string, string>) =>
    (params.figure === undefined ? service.figuresFor(vp, params) : service.explain(vp, params)).then(
      () => undefined,
      (e: KpiParameterError) =>
        e.getResponse() as { error: string; message: { zh: string; en: string }; fields: unknown[] },
    );

  it.each([
    [{ subject: 'company', period: '2027-Q5' }, 'invalid-period', 'period'],
    [{ subject: 'company', period: '2027-3' }, 'invalid-period', 'period'],
    [{ subject: 'company', period: '2027-Q1', asOf: '2027-02-30' }, 'invalid-as-of', 'asOf'],
    [{ subject: 'company', period: '2027-Q1', asOf: '31/03/2027' }, 'invalid-as-of', 'asOf'],
    [{ subject: 'company', period: '2027-Q1', asOf: '2027-04-06' }, 'as-of-in-future', 'asOf'],
    [{ subject: 'team:east', period: '2027-Q1' }, 'invalid-subject', 'subject'],
    [{ subject: 'person:p-nobody', period: '2027-Q1' }, 'unknown-person', 'subject'],
    [{ subject: 'division:d-north', period: '2027-Q1' }, 'unknown-division', 'subject'],
    [{ subject: 'company', period: '2027-Q1', figure: 'P9' }, 'unknown-figure', 'figure'],
  ])('%j → %s on %s', async (params, code, field) => {
    const body = await problem(params);
    expect(body).toMatchObject({ error: code, fields: [{ field, constraint: code }] });
    expect(body?.message.zh).toMatch(/\p{Script=Han}/u);
    expect(body?.message.zh).toContain(field);
    expect(body?.message.en).toContain(field);
  });
});
