import { parsePeriod } from './period';
import { average, decimalQuotient, rate } from './rate';

describe('rates as exact fractions', () => {
  it('rounds half-up on integers, exactly, whatever the size', () => {
    expect(decimalQuotient(1, 8, 2)).toBe('0.13');
    expect(decimalQuotient(5, 6, 6)).toBe('0.833333');
    expect(decimalQuotient(2, 3, 6)).toBe('0.666667');
    expect(decimalQuotient(-1, 8, 2)).toBe('-0.13');
    expect(decimalQuotient(0, 7, 3)).toBe('0.000');
    expect(decimalQuotient(900_719_925_474_099, 3, 6)).toBe('300239975158033.000000');
  });

  it('a percent rate keeps numerator and denominator; a zero denominator is null with the reason', () => {
    expect(rate(12_500_000, 10_000_000, 'no target')).toEqual({
      numerator: 12_500_000,
      denominator: 10_000_000,
      value: '1.250000',
      display: '125.0%',
    });
    expect(rate(5, 0, 'no target for the period')).toEqual({
      numerator: 5,
      denominator: 0,
      value: null,
      display: '—',
      reason: 'no target for the period',
    });
    expect(average(7, 4, 'x').display).toBe('1.75');
  });

  it('periods by label: a year, a quarter, a month; anything else is not a period', () => {
    expect(parsePeriod('2027')).toMatchObject({ from: '2027-01-01', to: '2027-12-31' });
    expect(parsePeriod('2027-Q1')).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    for (const bad of ['2027-Q5', '2027-13', '27', '2027-3', 'Q1']) expect(parsePeriod(bad)).toBeUndefined();
    // Years before 1900 are no sales period (the fuzzer's `0609` once reached the figures: 500).
    for (const bad of ['0609', '1899-Q4', '0001-01']) expect(parsePeriod(bad)).toBeUndefined();
    expect(parsePeriod('1900-Q1')).toMatchObject({ from: '1900-01-01', to: '1900-03-31' });
  });
});
