import type {
  CustomerGradeFact,
  CustomerMergedFact,
  CustomerOwnerFact,
  CustomerRegisteredFact,
  FieldWorkPolicyFact,
  OrgChangeFact,
  VisitFact,
} from '../facts';
import { factOrigin } from './facts.fixture';
import { overdueRevisits } from './overdue-revisits';
import { monthPeriod } from './period';

const origin = (businessDate: string) => factOrigin(businessDate, 'customers');
const org = (type: string, data: Record<string, unknown>): OrgChangeFact => ({
  ...origin('2026-01-01'),
  context: 'org',
  kind: 'org-change',
  event: {
    type,
    schemaVersion: type === 'PersonHired' ? 2 : 1,
    data: { ...data, effectiveOn: '2026-01-01' },
  },
});
const division = (divisionId: string, name: string) =>
  org('DivisionCreated', { divisionId, code: divisionId, name });
const hire = (personId: string, divisionId: string) =>
  org('PersonHired', {
    personId,
    name: personId,
    role: 'salesperson',
    divisionId,
    managerId: null,
    loginSubject: personId,
  });
const registered = (customerId: string, ownerId: string, on: string): CustomerRegisteredFact => ({
  ...origin(on),
  kind: 'customer-registered',
  customerId,
  ownerId,
  divisionId: null,
});
const owner = (customerId: string, ownerId: string | null, on: string): CustomerOwnerFact => ({
  ...origin(on),
  kind: 'customer-owner',
  customerId,
  ownerId,
  divisionId: null,
});
const grade = (customerId: string, g: CustomerGradeFact['grade'], on: string): CustomerGradeFact => ({
  ...origin(on),
  kind: 'customer-grade',
  customerId,
  grade: g,
});
const merged = (customerId: string, survivorId: string, on: string): CustomerMergedFact => ({
  ...origin(on),
  kind: 'customer-merged',
  customerId,
  survivorId,
});
const visit = (
  customerId: string,
  on: string,
  visitKind: VisitFact['visitKind'] = 'in-person',
): VisitFact => ({
  ...origin(on),
  kind: 'visit',
  visitId: `v-${customerId}-${on}`,
  personId: 'p-li',
  divisionId: 'd-east',
  customerId,
  visitKind,
  coachId: null,
});
const policy: FieldWorkPolicyFact = {
  ...origin('2027-03-10'),
  kind: 'field-work-policy',
  version: 1,
  minimumCheckInsPerDayOut: 1,
  revisitCadenceDays: { A: 10, B: 20, C: 30, D: 60, ungraded: 45 },
};

/*
 * 华东 (d-east): 李娜 p-li owns c1 (A), c2 (B), c3 (ungraded), c5 (C; its duplicate c6 was visited
 * on 03-01 and merged into it on 03-10); 王磊 p-wang owns c7 (D) and had c8 until it went back to
 * the pool on 03-01. 华西 (d-west): 赵敏 p-zhao owns c9 (A, registered 03-25). From 03-10 the VP's
 * policy: A 10 days, B 20, C 30, D 60, ungraded 45 (before it the default: A 7, B 14, C 30, D 90).
 */
const facts = {
  orgChanges: [
    division('d-east', '华东事业部'),
    division('d-west', '华西事业部'),
    hire('p-li', 'd-east'),
    hire('p-wang', 'd-east'),
    hire('p-zhao', 'd-west'),
  ],
  registered: [
    registered('c1', 'p-li', '2027-01-05'),
    registered('c2', 'p-li', '2026-12-01'),
    registered('c3', 'p-li', '2027-02-01'),
    registered('c5', 'p-li', '2027-01-03'),
    registered('c6', 'p-li', '2027-02-20'),
    registered('c7', 'p-wang', '2026-10-01'),
    registered('c8', 'p-wang', '2026-10-01'),
    registered('c9', 'p-zhao', '2027-03-25'),
  ],
  owners: [owner('c8', null, '2027-03-01')],
  merged: [merged('c6', 'c5', '2027-03-10')],
  grades: [
    grade('c1', 'A', '2027-02-01'),
    grade('c2', 'B', '2027-01-15'),
    grade('c5', 'C', '2027-01-20'),
    grade('c7', 'D', '2027-01-10'),
    grade('c8', 'A', '2027-01-10'),
    grade('c9', 'A', '2027-03-25'),
  ],
  visits: [
    visit('c1', '2027-03-05', 'phone'),
    visit('c2', '2027-03-20'),
    visit('c6', '2027-03-01'),
    visit('c7', '2027-01-05', 'joint'),
  ],
  policies: [policy],
};

const march = monthPeriod(2027, 3);
const east = { kind: 'division', divisionId: 'd-east' } as const;

describe('P7 回访逾期 overdue revisits', () => {
  it('华东 at March’s end: c7 (D, due 03-06) 25 days, c1 (A, phoned 03-05, due 03-15) 16, c3 (never visited, registered 02-01 + 45 = 03-18) 13; 3 of 5 with a cadence', () => {
    const figure = overdueRevisits(east, march, '2027-04-15', facts);
    expect(figure).toMatchObject({ on: '2027-03-31', overdue: 3, withCadence: 5 });
    expect(figure.overdueShare).toMatchObject({
      numerator: 3,
      denominator: 5,
      value: '0.600000',
      display: '60.0%',
    });
    expect(figure.rows).toEqual([
      {
        customerId: 'c7',
        ownerId: 'p-wang',
        grade: 'D',
        cadenceDays: 60,
        lastVisitOn: '2027-01-05',
        dueOn: '2027-03-06',
        daysOverdue: 25,
      },
      {
        customerId: 'c1',
        ownerId: 'p-li',
        grade: 'A',
        cadenceDays: 10,
        lastVisitOn: '2027-03-05',
        dueOn: '2027-03-15',
        daysOverdue: 16,
      },
      {
        customerId: 'c3',
        ownerId: 'p-li',
        grade: 'ungraded',
        cadenceDays: 45,
        lastVisitOn: null,
        dueOn: '2027-03-18',
        daysOverdue: 13,
      },
    ]);
  });

  it('c5 is not overdue: its merged duplicate’s visit of 03-01 is its own (due 03-31, the day itself is not late); c8 in the pool is nobody’s', () => {
    const rows = overdueRevisits(east, march, '2027-03-31', facts).rows.map((r) => r.customerId);
    expect(rows).not.toContain('c5');
    expect(rows).not.toContain('c8');
  });

  it('李娜 alone: 2 of her 4; the company: 3 of 6 (赵敏’s c9, registered 03-25, is due 04-04)', () => {
    expect(
      overdueRevisits({ kind: 'person', personId: 'p-li' }, march, '2027-03-31', facts).overdueShare,
    ).toMatchObject({
      numerator: 2,
      denominator: 4,
    });
    expect(overdueRevisits({ kind: 'company' }, march, '2027-03-31', facts).overdueShare).toMatchObject({
      numerator: 3,
      denominator: 6,
    });
  });

  it('taken on 03-12: c2 (B, 20 days from its registration 2026-12-01: due 12-21) 81 days, c7 6; c1 (due 03-15) and c3 (due 03-18) not yet', () => {
    const figure = overdueRevisits(east, march, '2027-03-12', facts);
    expect(figure.rows.map((r) => [r.customerId, r.dueOn, r.daysOverdue])).toEqual([
      ['c2', '2026-12-21', 81],
      ['c7', '2027-03-06', 6],
    ]);
    expect(figure.withCadence).toBe(5);
  });

  it('before the VP’s policy, the default: ungraded customers have no cadence, D is 90 days, and c6 is still a customer of its own', () => {
    const figure = overdueRevisits(east, march, '2027-03-09', facts);
    // c1 A 7: 03-05 + 7 = 03-12; c2 B 14: 12-15 → 84; c5 C 30: 01-03 + 30 = 02-02 → 35; c7 D 90: 04-05.
    expect(figure.rows.map((r) => [r.customerId, r.daysOverdue])).toEqual([
      ['c2', 84],
      ['c5', 35],
    ]);
    expect(figure.withCadence).toBe(4);
  });

  it('no owned customer with a cadence: no share, with the reason', () => {
    expect(
      overdueRevisits({ kind: 'person', personId: 'p-nobody' }, march, '2027-03-31', facts).overdueShare,
    ).toMatchObject({ value: null, reason: 'no owned customer with a revisit cadence' });
  });
});
