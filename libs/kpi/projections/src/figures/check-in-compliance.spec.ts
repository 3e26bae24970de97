import type { CheckInFact, DayOutFact, FieldWorkPolicyFact } from '../facts';
import { checkInCompliance } from './check-in-compliance';
import { factOrigin } from './facts.fixture';
import { monthPeriod } from './period';

const dayOut = (personId: string, date: string): DayOutFact => ({
  ...factOrigin(date, 'customers'),
  kind: 'day-out',
  personId,
  divisionId: 'd-east',
});
const checkIn = (personId: string, date: string): CheckInFact => ({
  ...factOrigin(date, 'customers'),
  kind: 'check-in',
  personId,
  divisionId: 'd-east',
  customerId: null,
});
const policy = (minimumCheckInsPerDayOut: number, from: string): FieldWorkPolicyFact => ({
  ...factOrigin(from, 'customers'),
  kind: 'field-work-policy',
  version: 1,
  minimumCheckInsPerDayOut,
  revisitCadenceDays: { A: 7, B: 14, C: 30, D: 90, ungraded: null },
});

/*
 * March 2027, 李娜: out on 03-02 (1 check-in), 03-03 (none), 03-10 and 03-20 (1 each, but from
 * 03-15 the policy asks for 2), 03-25 (2), 03-31 (not over on the 30th). 王磊 out on 03-02 (none).
 */
const facts = {
  daysOut: [
    dayOut('p-li', '2027-03-02'),
    dayOut('p-li', '2027-03-02'), // the same day twice: one day out
    dayOut('p-li', '2027-03-03'),
    dayOut('p-li', '2027-03-10'),
    dayOut('p-li', '2027-03-20'),
    dayOut('p-li', '2027-03-25'),
    dayOut('p-li', '2027-03-31'),
    dayOut('p-wang', '2027-03-02'),
  ],
  checkIns: [
    checkIn('p-li', '2027-03-02'),
    checkIn('p-li', '2027-03-10'),
    checkIn('p-li', '2027-03-20'),
    checkIn('p-li', '2027-03-25'),
    checkIn('p-li', '2027-03-25'),
  ],
  policies: [policy(2, '2027-03-15')],
};

describe('P7 外出联系汇报合规率 check-in compliance', () => {
  it('李娜 up to 03-30: 3 of 5 days out had the check-ins the policy of the day asked for', () => {
    const li = checkInCompliance(
      { kind: 'person', personId: 'p-li' },
      monthPeriod(2027, 3),
      '2027-03-30',
      facts,
    );
    expect(li).toMatchObject({ daysOut: 5, compliantDays: 3 });
    expect(li.compliance).toMatchObject({
      numerator: 3,
      denominator: 5,
      value: '0.600000',
      display: '60.0%',
    });
    expect(li.missing).toEqual([
      { personId: 'p-li', date: '2027-03-03', checkIns: 0, required: 1 },
      { personId: 'p-li', date: '2027-03-20', checkIns: 1, required: 2 },
    ]);
  });

  it('the division counts each person’s days; no day out: no rate, with the reason', () => {
    expect(
      checkInCompliance({ kind: 'division', divisionId: 'd-east' }, monthPeriod(2027, 3), '2027-03-31', facts)
        .compliance,
    ).toMatchObject({
      numerator: 3,
      denominator: 7,
    });
    expect(
      checkInCompliance({ kind: 'person', personId: 'p-he' }, monthPeriod(2027, 3), '2027-03-31', facts)
        .compliance,
    ).toMatchObject({
      value: null,
      reason: expect.stringContaining('no day out'),
    });
  });
});
