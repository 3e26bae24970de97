import { factOrigin } from './facts.fixture';
import { CALENDAR_2025, type YearArrangement } from '@sales/kpi/domain';
import type { OrgChangeFact, VisitFact } from '../facts';
import { monthPeriod } from './period';
import { visitsPerWorkingDay } from './visits-per-working-day';

/*
 * P4 on October 2025 under the official arrangement: 23 weekdays − 6 holiday weekdays (10-01..03,
 * 10-06..08) + the 调休 Saturday 10-11 = 18 working days. 王磊 moves from 华东 to 华南 on 10-16:
 * 10-09, 10-10, 10-11, 10-13, 10-14, 10-15 in 华东 (6) and the 12 weekdays from 10-16 in 华南.
 */
const calendars = new Map<number, YearArrangement>([[2025, CALENDAR_2025]]);
const october = monthPeriod(2025, 10);

const origin = (businessDate: string) => factOrigin(businessDate, 'x');
const org = (type: string, data: Record<string, unknown>): OrgChangeFact => ({
  ...origin(String(data.effectiveOn)),
  context: 'org',
  eventType: type,
  kind: 'org-change',
  event: { type, schemaVersion: type === 'PersonHired' ? 2 : 1, data },
});
const hire = (personId: string, name: string, role: string, divisionId: string | null) =>
  org('PersonHired', {
    personId,
    name,
    role,
    divisionId,
    managerId: null,
    loginSubject: personId,
    effectiveOn: '2025-01-01',
  });
const orgChanges = [
  org('DivisionCreated', {
    divisionId: 'd-east',
    code: 'EAST',
    name: '华东事业部',
    effectiveOn: '2025-01-01',
  }),
  org('DivisionCreated', {
    divisionId: 'd-south',
    code: 'SOUTH',
    name: '华南事业部',
    effectiveOn: '2025-01-01',
  }),
  hire('p-chen', '陈志强', 'division_manager', 'd-east'),
  hire('p-li', '李娜', 'salesperson', 'd-east'),
  hire('p-wang', '王磊', 'salesperson', 'd-east'),
  org('PersonMoved', {
    personId: 'p-wang',
    fromDivisionId: 'd-east',
    toDivisionId: 'd-south',
    fromManagerId: null,
    toManagerId: null,
    effectiveOn: '2025-10-16',
  }),
];
const visit = (
  personId: string,
  divisionId: string,
  customerId: string,
  date: string,
  visitKind: VisitFact['visitKind'],
  coachId: string | null = null,
): VisitFact => ({
  ...origin(date),
  kind: 'visit',
  visitId: `v-${personId}-${customerId}-${date}`,
  personId,
  divisionId,
  customerId,
  visitKind,
  coachId,
});
const visits = [
  visit('p-li', 'd-east', 'c1', '2025-10-09', 'in-person'),
  visit('p-li', 'd-east', 'c1', '2025-10-09', 'in-person'), // the same customer the same day: once
  visit('p-li', 'd-east', 'c2', '2025-10-09', 'phone'), // a phone contact: not a visit
  visit('p-li', 'd-east', 'c3', '2025-10-11', 'joint', 'p-chen'), // for 李娜, not for her coach
  visit('p-li', 'd-east', 'c3', '2025-09-30', 'in-person'), // September
  visit('p-wang', 'd-east', 'c4', '2025-10-10', 'in-person'),
  visit('p-wang', 'd-south', 'c5', '2025-10-20', 'in-person'),
];

describe('P4 每天平均访问户数 average customers visited per working day', () => {
  const p4 = (subject: Parameters<typeof visitsPerWorkingDay>[0]) =>
    visitsPerWorkingDay(subject, october, { visits, orgChanges }, calendars);

  it('a salesperson: 2 customers ÷ 18 working days (the holiday week off, the 调休 Saturday on)', () => {
    const li = p4({ kind: 'person', personId: 'p-li' });
    expect(li).toMatchObject({ visits: 2, workingDays: 18, unarrangedYears: [] });
    expect(li.figure).toEqual({ numerator: 2, denominator: 18, value: '0.111111', display: '0.11' });
    expect(li.explain.visits.map((v) => v.customerId)).toEqual(['c1', 'c3']);
  });

  it('a moved salesperson counts in each division for his days there', () => {
    const wang = p4({ kind: 'person', personId: 'p-wang' });
    expect(wang).toMatchObject({ visits: 2, workingDays: 18 });
    expect(wang.explain.spells).toEqual([
      { personId: 'p-wang', divisionId: 'd-east', from: '2025-10-01', to: '2025-10-15', workingDays: 6 },
      { personId: 'p-wang', divisionId: 'd-south', from: '2025-10-16', to: '2025-10-31', workingDays: 12 },
    ]);
    const east = p4({ kind: 'division', divisionId: 'd-east' });
    expect(east.figure).toEqual({ numerator: 3, denominator: 24, value: '0.125000', display: '0.13' });
    const south = p4({ kind: 'division', divisionId: 'd-south' });
    expect(south.figure).toEqual({ numerator: 1, denominator: 12, value: '0.083333', display: '0.08' });
    expect(p4({ kind: 'company' }).figure).toMatchObject({ numerator: 4, denominator: 36 });
  });

  it('nobody working in the period: no figure, with the reason, never NaN', () => {
    const none = visitsPerWorkingDay(
      { kind: 'division', divisionId: 'd-north' },
      october,
      { visits, orgChanges },
      calendars,
    );
    expect(none.figure).toMatchObject({
      value: null,
      display: '—',
      reason: expect.stringContaining('no working days'),
    });
  });

  it('a year without a calendar counts weekdays and says so', () => {
    const unarranged = visitsPerWorkingDay(
      { kind: 'person', personId: 'p-li' },
      october,
      { visits, orgChanges },
      new Map(),
    );
    expect(unarranged).toMatchObject({ workingDays: 23, unarrangedYears: [2025] });
  });
});
