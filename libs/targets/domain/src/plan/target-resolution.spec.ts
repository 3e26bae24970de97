import { DomainError } from '@sales/shared/domain';
import { evenSplit, resolveNodeTargets } from './target-resolution';
import { yearToDate } from './year-to-date';

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('even split', () => {
  it('adds up exactly and puts the remainder on the last parts, so it never regresses', () => {
    expect(evenSplit(10, 4)).toEqual([2, 2, 3, 3]);
    expect(evenSplit(100, 3)).toEqual([33, 33, 34]);
    expect(evenSplit(12, 4)).toEqual([3, 3, 3, 3]);
    expect(evenSplit(2, 3)).toEqual([0, 1, 1]);
    expect(evenSplit(0, 4)).toEqual([0, 0, 0, 0]);
    const big = Number.MAX_SAFE_INTEGER;
    expect(evenSplit(big, 4).reduce((a, b) => a + b, 0)).toBe(big);
  });
});

describe('quarters and months of a target (T3)', () => {
  it('defaults quarters to an even split of the year and months to an even split of each quarter', () => {
    const { targets, regressions } = resolveNodeTargets('company', {
      salesAmount: { realistic: 1_000_001, stretch: 1_200_000 },
    });
    expect(targets.salesAmount!.realistic.quarters).toEqual([250_000, 250_000, 250_000, 250_001]);
    expect(targets.salesAmount!.realistic.months).toEqual([
      83_333, 83_333, 83_334, 83_333, 83_333, 83_334, 83_333, 83_333, 83_334, 83_333, 83_334, 83_334,
    ]);
    expect(targets.salesAmount!.stretch.quarters).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(regressions).toEqual([]);
  });

  it('keeps given quarters that add up to the year and splits each one into months', () => {
    const { targets } = resolveNodeTargets('division:d-east', {
      collections: {
        realistic: 100,
        stretch: 120,
        quarters: { realistic: [10, 20, 30, 40], stretch: [20, 30, 30, 40] },
      },
    });
    expect(targets.collections!.realistic).toEqual({
      year: 100,
      quarters: [10, 20, 30, 40],
      months: [3, 3, 4, 6, 7, 7, 10, 10, 10, 13, 13, 14],
    });
  });

  it('refuses quarters that do not add up to the year, naming node, metric, level and both sums', () => {
    const error = thrown(() =>
      resolveNodeTargets('division:d-east', {
        salesAmount: {
          realistic: 100,
          stretch: 120,
          quarters: { realistic: [25, 25, 25, 24], stretch: [30, 30, 30, 30] },
        },
      }),
    );
    expect(error).toEqual({
      code: 'quarters-do-not-add-up',
      details: {
        node: 'division:d-east',
        metric: 'salesAmount',
        level: 'realistic',
        year: 100,
        sum: 99,
        quarters: [25, 25, 25, 24],
      },
    });
  });

  it('takes given months when each quarter’s three add up to it, refuses them otherwise', () => {
    const months = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
    const { targets } = resolveNodeTargets('company', {
      newCustomers: {
        realistic: 30,
        stretch: 30,
        quarters: { realistic: [3, 6, 9, 12], stretch: [3, 6, 9, 12] },
        months: { realistic: months, stretch: months },
      },
    });
    expect(targets.newCustomers!.stretch.months).toEqual(months);
    const wrong = [1, 1, 1, 2, 2, 1, 3, 3, 3, 4, 4, 5];
    expect(
      thrown(() =>
        resolveNodeTargets('company', {
          newCustomers: {
            realistic: 30,
            stretch: 30,
            quarters: { realistic: [3, 6, 9, 12], stretch: [3, 6, 9, 12] },
            months: { realistic: wrong, stretch: months },
          },
        }),
      ),
    ).toEqual({
      code: 'months-do-not-add-up',
      details: {
        node: 'company',
        metric: 'newCustomers',
        level: 'realistic',
        quarter: 2,
        quarterAmount: 6,
        sum: 5,
      },
    });
  });

  it('refuses the wrong number of quarters or months', () => {
    expect(
      thrown(() =>
        resolveNodeTargets('company', {
          salesAmount: { realistic: 10, stretch: 10, quarters: { realistic: [5, 5], stretch: [5, 5] } },
        }),
      ).code,
    ).toBe('invalid-quarters');
    expect(
      thrown(() =>
        resolveNodeTargets('company', {
          salesAmount: { realistic: 12, stretch: 12, months: { realistic: [12], stretch: [12] } },
        }),
      ).code,
    ).toBe('invalid-months');
  });

  it('refuses negative, fractional and unsafe amounts: money is integer fen', () => {
    expect(
      thrown(() => resolveNodeTargets('company', { salesAmount: { realistic: -1, stretch: 10 } })),
    ).toEqual({
      code: 'invalid-amount',
      details: { node: 'company', metric: 'salesAmount', level: 'realistic', field: 'year', value: -1 },
    });
    expect(
      thrown(() => resolveNodeTargets('company', { grossMargin: { realistic: 10.5, stretch: 20 } })).code,
    ).toBe('invalid-amount');
    expect(
      thrown(() => resolveNodeTargets('company', { grossMargin: { realistic: 1, stretch: 2 ** 53 } })).code,
    ).toBe('invalid-amount');
    expect(
      thrown(() =>
        resolveNodeTargets('company', {
          salesAmount: {
            realistic: 10,
            stretch: 10,
            quarters: { realistic: [-5, 5, 5, 5], stretch: [0, 0, 5, 5] },
          },
        }),
      ).details,
    ).toMatchObject({ field: 'quarters[0]', value: -5 });
  });

  it('refuses an unknown metric and an empty input', () => {
    expect(
      thrown(() => resolveNodeTargets('company', { profit: { realistic: 1, stretch: 1 } } as never)).code,
    ).toBe('unknown-metric');
    expect(thrown(() => resolveNodeTargets('company', {})).code).toBe('no-targets-given');
  });

  it('stretch (理想) is at least as ambitious as realistic (现实): higher, or for the expense budget lower', () => {
    expect(
      thrown(() => resolveNodeTargets('company', { salesAmount: { realistic: 100, stretch: 90 } })),
    ).toEqual({
      code: 'stretch-less-ambitious',
      details: { node: 'company', metric: 'salesAmount', realistic: 100, stretch: 90 },
    });
    expect(
      resolveNodeTargets('company', { expenseBudget: { realistic: 100, stretch: 90 } }).targets.expenseBudget!
        .stretch.year,
    ).toBe(90);
    expect(
      thrown(() => resolveNodeTargets('company', { expenseBudget: { realistic: 100, stretch: 110 } })).code,
    ).toBe('stretch-less-ambitious');
  });

  it('lists every quarter below the one before it (渐进式目标), except for the expense budget', () => {
    const { regressions } = resolveNodeTargets('salesperson:s-1', {
      salesAmount: {
        realistic: 100,
        stretch: 100,
        quarters: { realistic: [30, 20, 25, 25], stretch: [25, 25, 25, 25] },
      },
      expenseBudget: {
        realistic: 100,
        stretch: 100,
        quarters: { realistic: [40, 30, 20, 10], stretch: [40, 30, 20, 10] },
      },
    });
    expect(regressions).toEqual([
      {
        node: 'salesperson:s-1',
        metric: 'salesAmount',
        level: 'realistic',
        quarter: 2,
        amount: 20,
        previous: 30,
      },
    ]);
  });
});

describe('year-to-date targets (累计目标)', () => {
  it('accumulate quarters and months up to the year', () => {
    const ytd = yearToDate({
      year: 100,
      quarters: [10, 20, 30, 40],
      months: [3, 3, 4, 6, 7, 7, 10, 10, 10, 13, 13, 14],
    });
    expect(ytd.quarters).toEqual([10, 30, 60, 100]);
    expect(ytd.months).toEqual([3, 6, 10, 16, 23, 30, 40, 50, 60, 73, 86, 100]);
  });
});
