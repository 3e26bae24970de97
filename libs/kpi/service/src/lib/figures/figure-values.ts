import { type YearArrangement, addDays } from '@sales/kpi/domain';
import {
  type CheckInCompliance,
  type CollectionFigures,
  type CustomerCounts,
  type ExpenseFigures,
  type RateOrNull,
  type SalesFigures,
  type VisitsPerWorkingDay,
  checkInCompliance,
  collectionFigures,
  customerCounts,
  expenseFigures,
  overdueReceivables,
  overdueRevisits,
  periodTarget,
  salesFigures,
  visitsPerWorkingDay,
} from '@sales/kpi/projections';
import { type BusinessDate, formatMoney } from '@sales/shared/domain';
import { FIGURES, type FigureId } from './figure-catalogue';
import type { FigureQuery } from './figure-query';
import type { KnownFacts } from './known-facts';

/** The company's currency when no fact names one yet. */
export const DEFAULT_CURRENCY = 'CNY';

/** Money as the API answers it: integer minor units (分) with the currency, and as people read it. */
export type MoneyAmount = Readonly<{ amountMinor: number; currency: string; display: string }>;

export const money = (amountMinor: number, currency: string): MoneyAmount => ({
  amountMinor,
  currency,
  display: formatMoney(amountMinor, currency),
});

/** Everything the pure figures answer for one query, kept for `explain`. */
export type Computation = Readonly<{
  query: FigureQuery;
  currency: string;
  sales: SalesFigures;
  collections: CollectionFigures;
  collectionsStretchMinor: number | null;
  visits: VisitsPerWorkingDay;
  customers: CustomerCounts;
  expenses: ExpenseFigures;
  checkIns: CheckInCompliance;
  /** Check-ins are judged on days that are over: up to the as-of date, or yesterday when it is today. */
  checkInsUntil: BusinessDate;
  overdue: ReturnType<typeof overdueReceivables>;
  /** Overdue receivables are as of the period's end, or the as-of date if earlier. */
  overdueOn: BusinessDate;
  /** Overdue revisits, taken on the same day as overdue receivables. */
  revisits: ReturnType<typeof overdueRevisits>;
}>;

/** Every figure of the query from the facts known by its as-of date (the pure functions do the arithmetic). */
export function compute(
  query: FigureQuery,
  known: KnownFacts,
  calendars: ReadonlyMap<number, YearArrangement>,
  today: BusinessDate,
): Computation {
  const { subject, period, asOf } = query;
  const targets = known.of('targets');
  const receivables = {
    sales: known.of('sale'),
    terminations: known.of('termination'),
    invoices: known.of('invoice'),
    voided: known.of('invoice-voided'),
    payments: known.of('payment'),
    targets,
  };
  const currency =
    targets[0]?.currency ??
    receivables.sales[0]?.currency ??
    receivables.payments[0]?.currency ??
    DEFAULT_CURRENCY;
  const checkInsUntil = asOf < today ? asOf : addDays(today, -1);
  const overdueOn = asOf < period.to ? asOf : period.to;
  return {
    query,
    currency,
    sales: salesFigures(subject, period, receivables),
    collections: collectionFigures(subject, period, receivables),
    collectionsStretchMinor: periodTarget(targets, subject, period, 'collections', 'stretch').value,
    visits: visitsPerWorkingDay(
      subject,
      period,
      { visits: known.of('visit'), orgChanges: known.of('org-change') },
      calendars,
    ),
    customers: customerCounts(subject, period, {
      registered: known.of('customer-registered'),
      owners: known.of('customer-owner'),
      merged: known.of('customer-merged'),
      activated: known.of('customer-activated'),
      grades: known.of('customer-grade'),
      orgChanges: known.of('org-change'),
    }),
    expenses: expenseFigures(subject, period, { expenses: known.of('expense'), targets }),
    checkIns: checkInCompliance(subject, period, checkInsUntil, {
      daysOut: known.of('day-out'),
      checkIns: known.of('check-in'),
      policies: known.of('field-work-policy'),
    }),
    checkInsUntil,
    overdue: overdueReceivables(subject, overdueOn, receivables),
    overdueOn,
    revisits: overdueRevisits(subject, period, asOf, {
      registered: known.of('customer-registered'),
      owners: known.of('customer-owner'),
      merged: known.of('customer-merged'),
      grades: known.of('customer-grade'),
      visits: known.of('visit'),
      policies: known.of('field-work-policy'),
      orgChanges: known.of('org-change'),
    }),
  };
}

export type FigureUnit = 'rate' | 'per-working-day' | 'count' | 'count-by-grade' | 'share' | 'money';

/** One figure as the API answers it. */
export type Figure = Readonly<{
  id: FigureId;
  name: Readonly<{ zh: string; en: string }>;
  formula: Readonly<{ zh: string; en: string }>;
  unit: FigureUnit;
  /** Null only where the figure is not computed (with `reason`); a rate on a zero denominator is a RateOrNull. */
  value: unknown;
  reason?: string;
  /** The figure's parts (amounts, counts, targets), so the value can be checked by hand. */
  inputs: Readonly<Record<string, unknown>>;
}>;

const figure = (
  id: FigureId,
  unit: FigureUnit,
  value: unknown,
  inputs: Record<string, unknown> = {},
): Figure => ({
  id,
  ...FIGURES[id],
  unit,
  value,
  inputs,
});

/** The figures in catalogue order. */
export function figuresOf(c: Computation): Figure[] {
  const m = (minor: number) => money(minor, c.currency);
  const orNull = (minor: number | null) => (minor === null ? null : m(minor));
  const { sales, collections, visits, customers, expenses, checkIns } = c;
  const attainment = (
    id: FigureId,
    rate: RateOrNull,
    achieved: Record<string, unknown>,
    target: number | null,
  ) => figure(id, 'rate', rate, { ...achieved, target: orNull(target) });
  return [
    attainment(
      'P1.realistic',
      sales.p1.realistic,
      { signed: m(sales.signedMinor) },
      sales.p1.targetRealisticMinor,
    ),
    attainment('P1.stretch', sales.p1.stretch, { signed: m(sales.signedMinor) }, sales.p1.targetStretchMinor),
    attainment(
      'P2.realistic',
      sales.p2.realistic,
      { grossMargin: m(sales.grossMarginMinor) },
      sales.p2.targetRealisticMinor,
    ),
    attainment(
      'P2.stretch',
      sales.p2.stretch,
      { grossMargin: m(sales.grossMarginMinor) },
      sales.p2.targetStretchMinor,
    ),
    figure('P3', 'rate', collections.p3, {
      received: m(collections.receivedMinor),
      opening: m(collections.openingMinor),
      fallingDue: m(collections.fallingDueMinor),
    }),
    figure('P4', 'per-working-day', visits.figure, {
      visits: visits.visits,
      workingDays: visits.workingDays,
      unarrangedYears: visits.unarrangedYears,
    }),
    figure('P5.owned', 'count', customers.ownedAtEnd),
    figure('P5.new', 'count', customers.newInPeriod),
    figure('P5.byGrade', 'count-by-grade', customers.byGrade),
    figure(
      'P6',
      'share',
      sales.p6.map((line) => ({
        productLineId: line.productLineId,
        amount: m(line.amountMinor),
        share: line.share,
      })),
      { signed: m(sales.signedMinor) },
    ),
    attainment(
      'P7.collections.realistic',
      collections.attainment.realistic,
      { received: m(collections.receivedMinor) },
      collections.attainment.targetRealisticMinor,
    ),
    attainment(
      'P7.collections.stretch',
      collections.attainment.stretch,
      { received: m(collections.receivedMinor) },
      c.collectionsStretchMinor,
    ),
    figure('P7.expenses', 'rate', expenses.used, {
      spent: m(expenses.spentMinor),
      budget: orNull(expenses.budgetMinor),
      remaining: orNull(expenses.remainingMinor),
    }),
    figure('P7.newPotential', 'count', customers.newPotential),
    figure('P7.checkIns', 'rate', checkIns.compliance, {
      until: c.checkInsUntil,
      daysOut: checkIns.daysOut,
      compliantDays: checkIns.compliantDays,
      missing: checkIns.missing,
    }),
    figure('P7.overdueRevisits', 'count', c.revisits.overdue, {
      on: c.revisits.on,
      withCadence: c.revisits.withCadence,
      overdueShare: c.revisits.overdueShare,
      customers: c.revisits.rows.map((r) => ({
        customerId: r.customerId,
        ownerId: r.ownerId,
        grade: r.grade,
        cadenceDays: r.cadenceDays,
        lastVisitOn: r.lastVisitOn,
        dueOn: r.dueOn,
        daysOverdue: r.daysOverdue,
      })),
    }),
    figure('P7.overdueReceivables', 'money', m(c.overdue.overdueMinor), {
      on: c.overdueOn,
      contracts: c.overdue.contracts.map((x) => ({ contractId: x.contractId, overdue: m(x.openMinor) })),
    }),
  ];
}
