import { daysBetween, instalmentStandings, openReceivableMinor } from './instalment-standing';
import { contract, plan, terminated, yuan } from './receivables.fixture';

const statuses = (received: number, asOf: string) =>
  instalmentStandings(plan, received, asOf).map((s) => [s.instalmentId, s.status, s.receivedMinor]);

describe('分期状态: money received fills the plan in due-date order (K5)', () => {
  it('nothing received, before any due date: all unpaid', () => {
    expect(statuses(0, '2027-01-15')).toEqual([
      ['i1', 'unpaid', 0],
      ['i2', 'unpaid', 0],
      ['i3', 'unpaid', 0],
    ]);
  });

  it('the earliest due is filled first; the remainder makes the next partly paid', () => {
    expect(statuses(yuan(400_000), '2027-02-15')).toEqual([
      ['i1', 'paid', yuan(300_000)],
      ['i2', 'partly_paid', yuan(100_000)],
      ['i3', 'unpaid', 0],
    ]);
  });

  it('past its due date and not fully received: overdue (whether partly received or not)', () => {
    expect(statuses(yuan(400_000), '2027-04-01')).toEqual([
      ['i1', 'paid', yuan(300_000)],
      ['i2', 'overdue', yuan(100_000)],
      ['i3', 'unpaid', 0],
    ]);
    expect(statuses(0, '2027-03-31')[1][1]).toBe('unpaid');
  });

  it('the plan order does not matter, the due dates do', () => {
    const shuffled = [plan[2], plan[0], plan[1]];
    expect(instalmentStandings(shuffled, yuan(300_000), '2027-02-01').map((s) => s.instalmentId)).toEqual([
      'i1',
      'i2',
      'i3',
    ]);
  });

  it('days between calendar dates, across months and years', () => {
    expect(daysBetween('2027-01-31', '2027-03-02')).toBe(30);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-02', '2027-01-01')).toBe(-1);
  });

  it('open receivables for credit: amount less received; none once terminated', () => {
    expect(openReceivableMinor(contract, yuan(250_000))).toBe(yuan(750_000));
    expect(openReceivableMinor(terminated, 0)).toBe(0);
  });
});
