import type { DemoDivision } from './demo-department.data';

type Split = { realistic: number; stretch: number; quarters?: { realistic: number[]; stretch: number[] } };
export type DemoTargets = Record<
  'salesAmount' | 'grossMargin' | 'collections' | 'newCustomers' | 'expenseBudget',
  Split
>;

const ratio = (value: number, numerator: number, denominator: number) =>
  Math.floor((value * numerator) / denominator);

/** A salesperson's targets derived from their sales figure (money in fen). */
export function salespersonTargets(salesYuan: number, newCustomers: number): DemoTargets {
  const sales = salesYuan * 100;
  const level = (realistic: number, cost = false) => ({
    realistic,
    stretch: cost ? ratio(realistic, 9, 10) : ratio(realistic, 12, 10),
  });
  return {
    salesAmount: level(sales),
    grossMargin: level(ratio(sales, 30, 100)),
    collections: level(ratio(sales, 90, 100)),
    newCustomers: { realistic: newCustomers, stretch: newCustomers + Math.ceil(newCustomers / 4) },
    expenseBudget: level(ratio(sales, 8, 100), true),
  };
}

/** Sums children's targets, metric by metric and level by level: every split is exact. */
export function sumTargets(children: readonly DemoTargets[]): DemoTargets {
  const metrics = Object.keys(children[0]) as (keyof DemoTargets)[];
  return Object.fromEntries(
    metrics.map((m) => [
      m,
      {
        realistic: children.reduce((s, c) => s + c[m].realistic, 0),
        stretch: children.reduce((s, c) => s + c[m].stretch, 0),
      },
    ]),
  ) as DemoTargets;
}

/** 渐进式目标: each quarter builds on the one before (22/24/26/28 %), the remainder in Q4. */
export function withProgressiveQuarters(targets: DemoTargets): DemoTargets {
  const split = (total: number) => {
    const [q1, q2, q3] = [22, 24, 26].map((p) => ratio(total, p, 100));
    return [q1, q2, q3, total - q1 - q2 - q3];
  };
  return Object.fromEntries(
    Object.entries(targets).map(([metric, t]) => [
      metric,
      metric === 'expenseBudget'
        ? t
        : { ...t, quarters: { realistic: split(t.realistic), stretch: split(t.stretch) } },
    ]),
  ) as DemoTargets;
}

export function divisionTargets(division: DemoDivision): {
  total: DemoTargets;
  people: Array<[string, DemoTargets]>;
} {
  const people = division.salespeople.map(
    (p) => [p.personId, salespersonTargets(p.salesYuan, p.newCustomers)] as [string, DemoTargets],
  );
  return { total: sumTargets(people.map(([, t]) => t)), people };
}
