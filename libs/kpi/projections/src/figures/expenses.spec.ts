import type { ExpenseFact, TargetsFact } from '../facts';
import { expenseFigures } from './expenses';
import { evenLevel, factOrigin } from './facts.fixture';
import { monthPeriod, quarterPeriod } from './period';

const expense = (personId: string, amountMinor: number, on: string): ExpenseFact => ({
  ...factOrigin(on, 'customers'),
  kind: 'expense',
  expenseId: `x-${personId}-${on}`,
  personId,
  divisionId: 'd-east',
  amountMinor,
  currency: 'CNY',
});
const budget: TargetsFact = {
  ...factOrigin('2027-01-02', 'targets'),
  kind: 'targets',
  fiscalYear: 2027,
  unit: 'division:d-east',
  version: 1,
  currency: 'CNY',
  nodes: [
    {
      node: 'salesperson:p-li',
      divisionId: 'd-east',
      personId: 'p-li',
      targets: { expenseBudget: { realistic: evenLevel(900_000), stretch: evenLevel(810_000) } },
    },
  ],
};
const facts = {
  targets: [budget],
  expenses: [
    expense('p-li', 400_000, '2027-01-10'),
    expense('p-li', 350_000, '2027-02-20'),
    expense('p-li', 250_000, '2027-03-31'),
    expense('p-li', 99_999, '2027-04-01'),
    expense('p-wang', 10_000, '2027-01-11'),
  ],
};
const li = { kind: 'person', personId: 'p-li' } as const;

describe('P7 费用 expense vs budget', () => {
  it('Q1: 10,000 元 spent of a 9,000 元 budget — 111.1%, 1,000 元 over', () => {
    const q1 = expenseFigures(li, quarterPeriod(2027, 1), facts);
    expect(q1).toMatchObject({ spentMinor: 1_000_000, budgetMinor: 900_000, remainingMinor: -100_000 });
    expect(q1.used).toMatchObject({ value: '1.111111', display: '111.1%' });
    expect(q1.explain).toHaveLength(3);
  });

  it('a month against its month’s budget; no budget: no rate, with the reason', () => {
    expect(expenseFigures(li, monthPeriod(2027, 1), facts)).toMatchObject({
      spentMinor: 400_000,
      budgetMinor: 300_000,
    });
    expect(
      expenseFigures({ kind: 'person', personId: 'p-wang' }, quarterPeriod(2027, 1), facts),
    ).toMatchObject({
      spentMinor: 10_000,
      budgetMinor: null,
      remainingMinor: null,
      used: { value: null, reason: expect.stringContaining('no expense budget') },
    });
  });
});
