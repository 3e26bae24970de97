import type { Period, RateOrNull } from '@sales/kpi/projections';
import type { OrgTree, OrgTreePerson } from '@sales/org/events';
import type { BusinessDate } from '@sales/shared/domain';
import type { YearArrangement } from '@sales/kpi/domain';
import type { FigureId } from '../figures/figure-catalogue';
import { type Computation, type Figure, compute, figuresOf } from '../figures/figure-values';
import type { KnownFacts } from '../figures/known-facts';
import type { Within } from './table-query';

/**
 * What one table query computes from: one snapshot's facts known by the as-of day, the work
 * calendars of that day, and the org tree at the period's end (who was a salesperson where).
 * Every person's figures go through the figures' own `compute` — no second copy of the arithmetic.
 */
export type TableBasis = Readonly<{
  period: Period;
  asOf: BusinessDate;
  today: BusinessDate;
  known: KnownFacts;
  calendars: ReadonlyMap<number, YearArrangement>;
  /** The tree as of the period's end. */
  tree: OrgTree;
  readModelVersion: number;
  recordedBefore: string;
}>;

/** The salespeople in scope at the period's end (leavers left out), in the tree's order. */
export function salespeopleIn(tree: OrgTree, within: Within): OrgTreePerson[] {
  return tree.people.filter(
    (p) =>
      p.role === 'salesperson' &&
      p.status !== 'left' &&
      (within.kind === 'company' || p.divisionId === within.divisionId),
  );
}

export type PersonFigures = Readonly<{
  person: OrgTreePerson;
  divisionName: string | null;
  computation: Computation;
  figures: ReadonlyMap<FigureId, Figure>;
}>;

/** One person's figures for the basis's period and as-of date. */
export function personFigures(basis: TableBasis, person: OrgTreePerson): PersonFigures {
  const computation = compute(
    {
      subject: { kind: 'person', personId: person.id },
      subjectKey: `person:${person.id}`,
      period: basis.period,
      asOf: basis.asOf,
    },
    basis.known,
    basis.calendars,
    basis.today,
  );
  const division = basis.tree.divisions.find((d) => d.id === person.divisionId);
  return {
    person,
    divisionName: division?.name ?? null,
    computation,
    figures: new Map(figuresOf(computation).map((f) => [f.id, f])),
  };
}

/** A division's own figures (its total row). */
export function divisionFigures(basis: TableBasis, divisionId: string): ReadonlyMap<FigureId, Figure> {
  const computation = compute(
    {
      subject: { kind: 'division', divisionId },
      subjectKey: `division:${divisionId}`,
      period: basis.period,
      asOf: basis.asOf,
    },
    basis.known,
    basis.calendars,
    basis.today,
  );
  return new Map(figuresOf(computation).map((f) => [f.id, f]));
}

/** A rate figure's value (every rankable figure's value is a RateOrNull). */
export const rateOf = (figure: Figure | undefined): RateOrNull => figure?.value as RateOrNull;

/** An attainment figure's target in minor units (null: no target in force). */
export function targetOf(figure: Figure | undefined): number | null {
  const target = figure?.inputs['target'] as { amountMinor: number } | null | undefined;
  return target ? target.amountMinor : null;
}
