import { factOrigin } from './facts.fixture';
import type {
  CustomerActivatedFact,
  CustomerGradeFact,
  CustomerMergedFact,
  CustomerOwnerFact,
  CustomerRegisteredFact,
  OrgChangeFact,
} from '../facts';
import { customerCounts } from './customer-counts';
import { monthPeriod, quarterPeriod } from './period';

const origin = (businessDate: string) => factOrigin(businessDate, 'customers');
const hire = (personId: string): OrgChangeFact => ({
  ...origin('2026-01-01'),
  context: 'org',
  kind: 'org-change',
  event: {
    type: 'PersonHired',
    schemaVersion: 2,
    data: {
      personId,
      name: personId,
      role: 'salesperson',
      divisionId: 'd-east',
      managerId: null,
      loginSubject: personId,
      effectiveOn: '2026-01-01',
    },
  },
});
const registered = (customerId: string, ownerId: string | null, on: string): CustomerRegisteredFact => ({
  ...origin(on),
  kind: 'customer-registered',
  customerId,
  ownerId,
  divisionId: ownerId ? 'd-east' : null,
});
const owner = (customerId: string, ownerId: string | null, on: string): CustomerOwnerFact => ({
  ...origin(on),
  kind: 'customer-owner',
  customerId,
  ownerId,
  divisionId: ownerId ? 'd-east' : null,
});
const activated = (customerId: string, on: string): CustomerActivatedFact => ({
  ...origin(on),
  kind: 'customer-activated',
  customerId,
  contractId: `k-${customerId}`,
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

const facts = {
  orgChanges: [
    {
      ...origin('2026-01-01'),
      context: 'org',
      kind: 'org-change',
      event: {
        type: 'DivisionCreated',
        schemaVersion: 1,
        data: { divisionId: 'd-east', code: 'E', name: '华东事业部', effectiveOn: '2026-01-01' },
      },
    } as OrgChangeFact,
    hire('p-li'),
    hire('p-wang'),
  ],
  registered: [
    registered('c1', 'p-li', '2027-01-05'),
    registered('c2', 'p-li', '2026-12-20'),
    registered('c3', 'p-li', '2027-02-01'),
    registered('c4', 'p-li', '2027-01-10'),
    registered('c5', 'p-wang', '2027-03-31'),
  ],
  owners: [owner('c2', 'p-wang', '2027-03-15'), owner('c4', null, '2027-02-15')],
  merged: [merged('c3', 'c1', '2027-03-20')],
  activated: [activated('c1', '2027-02-10'), activated('c1', '2027-03-05'), activated('c5', '2027-04-02')],
  grades: [grade('c1', 'D', '2027-02-10'), grade('c1', 'B', '2027-03-01')],
};

describe('P5 客户数量 customers owned, new and by grade; P7 new potential customers', () => {
  const q1 = quarterPeriod(2027, 1);

  it('李娜 in Q1: owns c1 (c2 transferred away, c3 merged, c4 back in the pool); c1 is new (first contract in Q1) and B; three registered', () => {
    expect(customerCounts({ kind: 'person', personId: 'p-li' }, q1, facts)).toMatchObject({
      ownedAtEnd: 1,
      newInPeriod: 1,
      byGrade: { A: 0, B: 1, C: 0, D: 0, ungraded: 0 },
      newPotential: 3,
      explain: { owned: ['c1'] },
    });
  });

  it('王磊 in Q1: owns c2 (transferred in) and c5 (registered on the last day), both ungraded; c5 signs only in April', () => {
    expect(customerCounts({ kind: 'person', personId: 'p-wang' }, q1, facts)).toMatchObject({
      ownedAtEnd: 2,
      newInPeriod: 0,
      byGrade: { ungraded: 2 },
      newPotential: 1,
    });
  });

  it('the division adds its people; a month counts only its own new customers; at February’s end c3 still counts', () => {
    expect(customerCounts({ kind: 'division', divisionId: 'd-east' }, q1, facts)).toMatchObject({
      ownedAtEnd: 3,
      newInPeriod: 1,
      newPotential: 4,
    });
    expect(customerCounts({ kind: 'person', personId: 'p-li' }, monthPeriod(2027, 3), facts)).toMatchObject({
      ownedAtEnd: 1,
      newInPeriod: 0,
    });
    expect(customerCounts({ kind: 'person', personId: 'p-li' }, monthPeriod(2027, 2), facts)).toMatchObject({
      ownedAtEnd: 3, // c1, c2, c3 (c4 went to the pool on 02-15)
      newInPeriod: 1,
      byGrade: { D: 1, ungraded: 2 },
    });
  });
});
