import { cyclePeriod } from './cycle-period';

describe('a cycle’s period from its label (as the KPI service reads it)', () => {
  it('a month, a quarter, a year, with both ends', () => {
    expect(cyclePeriod('month', '2024-02')).toEqual({
      kind: 'month',
      label: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(cyclePeriod('quarter', '2027-Q1')).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
    expect(cyclePeriod('year', '2027')).toMatchObject({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('not a label of its kind, or a year before 1900, is no period', () => {
    for (const [kind, label] of [
      ['quarter', '2027-03'],
      ['month', '2027-Q1'],
      ['year', '0609'],
      ['quarter', '1899-Q4'],
    ] as const)
      expect(cyclePeriod(kind, label)).toBeUndefined();
  });
});
