import { type Actor, SettableClock } from '@sales/shared/domain';
import { KpiOrg } from '../org/kpi-org';
import { DEPARTMENT_FACTS, LATE_PAYMENT_RECORDED_AT } from './kpi-department.fixture';
import { fixedCalendars, source } from './kpi-facts.fixture';
import { KpiFiguresService } from './kpi-figures.service';

const clock = new SettableClock(new Date('2027-04-05T04:00:00Z'));
const facts = source(DEPARTMENT_FACTS);
const service = new KpiFiguresService(facts, fixedCalendars, clock, new KpiOrg(facts, clock));
const vp: Actor = { userId: 'p-vp', role: 'vp' };

describe('explain: the formula with its numbers, and the events it is made of', () => {
  it('P1.realistic of 华东 in Q1: k1 and k2 signed, k2 terminated, and the approved target', async () => {
    const answer = await service.explain(vp, {
      figure: 'P1.realistic',
      subject: 'division:d-east',
      period: '2027-Q1',
    });
    expect(answer.worked.zh).toBe(
      '销售目标达成率（现实目标） = 本期签约合同金额（含税） 1,130,000.00 元 ÷ 本期销售额目标（现实） 3,000,000.00 元 = 37.7%（0.376667）',
    );
    expect(answer.worked.en).toContain('1,130,000.00 元 ÷');
    expect(answer.facts.map((f) => [f.type, f.part, f.businessDate, f.amount?.amountMinor])).toEqual([
      ['ContractSigned', 'signed', '2027-01-10', 113_000_000],
      ['ContractSigned', 'signed', '2027-02-15', 50_000_000],
      ['ContractTerminated', 'terminated', '2027-03-20', -50_000_000],
      ['PlanApproved', 'target', '2027-01-05', 300_000_000],
    ]);
    expect(answer.facts[0]).toMatchObject({ id: expect.any(String), recordedAt: '2027-01-10T02:00:00.000Z' });
  });

  it('P3 of 李娜 in Q1: the late payment appears only as of the day it was entered', async () => {
    const before = await service.explain(vp, {
      figure: 'P3',
      subject: 'person:p-li',
      period: '2027-Q1',
      asOf: '2027-03-31',
    });
    expect(before.facts.map((f) => [f.part, f.amount?.amountMinor])).toEqual([
      ['falling-due', 50_000_000], // i1, issued 01-15, due 02-15
      ['payment', 20_000_000],
    ]);
    expect(before.worked.zh).toContain('= 40.0%（0.400000）');
    const after = await service.explain(vp, {
      figure: 'P3',
      subject: 'person:p-li',
      period: '2027-Q1',
      asOf: '2027-04-01',
    });
    expect(after.facts.at(-1)).toMatchObject({
      type: 'PaymentReceived',
      businessDate: '2027-03-15',
      recordedAt: LATE_PAYMENT_RECORDED_AT,
      amount: { amountMinor: 25_000_000, currency: 'CNY', display: '250,000.00 元' },
    });
  });

  it('P4 lists the visits counted (the repeat on one day and the phone call left out)', async () => {
    const answer = await service.explain(vp, { figure: 'P4', subject: 'person:p-li', period: '2027-02' });
    expect(answer.facts.map((f) => [f.businessDate, f.about.customerId])).toEqual([
      ['2027-02-01', 'c1'],
      ['2027-02-03', 'c2'],
      ['2027-02-20', 'c3'],
    ]);
    expect(answer.worked.zh).toContain('访问户数 3 ÷ 工作日数 16 = 0.19（0.187500）');
  });
});
