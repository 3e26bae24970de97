import { DEFAULT_FIELD_WORK_POLICY, type FieldWorkPolicy } from '../policy/field-work-policy';
import { type LastVisit, type RevisitCustomer, laterVisit, overdueRevisits } from './overdue-revisits';

const customer = (
  customerId: string,
  grade: RevisitCustomer['grade'],
  name = customerId,
): RevisitCustomer => ({
  customerId,
  name,
  ownerId: 'p-li',
  owner: '李娜（p-li）',
  divisionId: 'd-east',
  grade,
  registeredOn: '2026-01-05',
});
const visits = (entries: Record<string, string>) =>
  new Map<string, LastVisit>(
    Object.entries(entries).map(([id, date]) => [id, { date, nextContactOn: null }]),
  );

describe('回访逾期 overdue revisits (C3)', () => {
  const today = '2026-03-16';

  it('a customer is overdue from the day after its last visit plus its grade’s cadence (A 7, B 14, C 30, D 90)', () => {
    const customers = [customer('a', 'A'), customer('b', 'B'), customer('c', 'C'), customer('d', 'D')];
    const rows = overdueRevisits(
      customers,
      visits({ a: '2026-03-08', b: '2026-03-02', c: '2026-02-10', d: '2025-12-10' }),
      DEFAULT_FIELD_WORK_POLICY,
      today,
    );
    // a: due 03-15 → 1 day; b: due 03-16 → not yet; c: due 03-12 → 4; d: due 03-10 → 6.
    expect(rows.map((r) => [r.customerId, r.dueOn, r.daysOverdue])).toEqual([
      ['d', '2026-03-10', 6],
      ['c', '2026-03-12', 4],
      ['a', '2026-03-15', 1],
    ]);
    expect(rows[2]).toMatchObject({
      cadenceDays: 7,
      lastVisitOn: '2026-03-08',
      grade: 'A',
      owner: '李娜（p-li）',
    });
  });

  it('a customer never visited counts from its registration', () => {
    const [row] = overdueRevisits([customer('b', 'B')], visits({}), DEFAULT_FIELD_WORK_POLICY, today);
    expect(row).toMatchObject({ lastVisitOn: null, dueOn: '2026-01-19', daysOverdue: 56 });
  });

  it('ungraded customers have no cadence by default; the VP may give them one', () => {
    expect(
      overdueRevisits([customer('p', 'ungraded')], visits({}), DEFAULT_FIELD_WORK_POLICY, today),
    ).toEqual([]);
    const policy: FieldWorkPolicy = {
      ...DEFAULT_FIELD_WORK_POLICY,
      revisitCadenceDays: { ...DEFAULT_FIELD_WORK_POLICY.revisitCadenceDays, ungraded: 60 },
    };
    expect(overdueRevisits([customer('p', 'ungraded')], visits({}), policy, today)).toEqual([
      expect.objectContaining({ customerId: 'p', dueOn: '2026-03-06', daysOverdue: 10 }),
    ]);
  });

  it('the later of a merged record’s and its survivor’s visits counts', () => {
    const a = { date: '2026-03-01', nextContactOn: null };
    const b = { date: '2026-03-10', nextContactOn: '2026-03-20' };
    expect(laterVisit(undefined, a)).toBe(a);
    expect(laterVisit(a, b)).toBe(b);
    expect(laterVisit(b, a)).toBe(b);
  });
});
