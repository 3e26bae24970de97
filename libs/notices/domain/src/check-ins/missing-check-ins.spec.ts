import { type FieldWorkFact, missingCheckInsOf } from './missing-check-ins';

const out = (personId: string, date: string): FieldWorkFact => ({ type: 'day-out', personId, date });
const checkIn = (checkInId: string, personId: string, date: string): FieldWorkFact => ({
  type: 'check-in',
  checkInId,
  personId,
  date,
});

describe('missing check-ins, from customers’ published field-work events', () => {
  it('a day out with fewer check-ins than the default (1) is missing once the day is over', () => {
    const facts = [
      out('p-li', '2027-03-01'),
      out('p-wang', '2027-03-01'),
      checkIn('ci-1', 'p-wang', '2027-03-01'),
    ];
    expect(missingCheckInsOf(facts, { from: '2027-02-22', today: '2027-03-02' })).toEqual([
      { personId: 'p-li', date: '2027-03-01', checkIns: 0, minimum: 1 },
    ]);
    // Today is not over: nothing is missing yet.
    expect(missingCheckInsOf(facts, { from: '2027-02-22', today: '2027-03-01' })).toEqual([]);
  });

  it('the policy in force on the day decides the minimum; a check-in redelivered counts once', () => {
    const facts: FieldWorkFact[] = [
      { type: 'policy', version: 1, minimumCheckInsPerDayOut: 2, effectiveOn: '2027-03-01' },
      out('p-li', '2027-02-28'),
      checkIn('ci-1', 'p-li', '2027-02-28'),
      out('p-li', '2027-03-01'),
      checkIn('ci-2', 'p-li', '2027-03-01'),
      checkIn('ci-2', 'p-li', '2027-03-01'),
    ];
    expect(missingCheckInsOf(facts, { from: '2027-02-22', today: '2027-03-02' })).toEqual([
      { personId: 'p-li', date: '2027-03-01', checkIns: 1, minimum: 2 },
    ]);
  });

  it('days before the look-back are not announced (a fresh inbox does not get years of history)', () => {
    expect(
      missingCheckInsOf([out('p-li', '2026-01-05')], { from: '2027-02-22', today: '2027-03-02' }),
    ).toEqual([]);
  });
});
