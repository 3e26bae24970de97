import type { PublishedEvent } from '@sales/shared/domain';

/** A scheme's KPIs are the KPI service's figures; appraisal's domain reads their ids from here. */
export { KPI_FIGURE_IDS, type KpiFigureId } from '@sales/kpi/events';

/*
 * The scheme slice's PUBLISHED events (`sales.appraisal.events`, key: the scheme's stream id):
 *   SchemeSet (v1)      the VP set a scheme's first version: what is scored, how, the grades,
 *                       what counts as a miss and the ladder's texts.
 *   SchemeRevised (v1)  a new version, in force from its date, with the reason.
 * Left out on purpose: the commission table and the ladder's penalty amount. They are pay terms,
 * read through the appraisal API by those who may see them; no other context computes pay.
 */

export type PublishedCurve =
  | Readonly<{ kind: 'linear'; floor: string; target: string; cap: string | null }>
  | Readonly<{ kind: 'bands'; bands: readonly Readonly<{ from: string; points: number }>[] }>;

export type PublishedSchemeRules = Readonly<{
  schemeId: string;
  version: number;
  effectiveFrom: string;
  name: string;
  appliesTo: 'salesperson' | 'division_manager';
  kpis: readonly Readonly<{ figureId: string; weightPercent: number; curve: PublishedCurve }>[];
  qualitativeWeightPercent: number;
  gradeBands: readonly Readonly<{ grade: string; minScore: number }>[];
  miss:
    | Readonly<{ kind: 'grades'; grades: readonly string[]; score: null }>
    | Readonly<{ kind: 'score-below'; grades: null; score: number }>;
  ladder: Readonly<{ helpText: string; penaltyText: string; eliminationWarningText: string }>;
}>;

export type SchemeSetV1 = PublishedEvent<
  'SchemeSet',
  PublishedSchemeRules & Readonly<{ setBy: string; reason: string | null }>
>;

export type SchemeRevisedV1 = PublishedEvent<
  'SchemeRevised',
  PublishedSchemeRules & Readonly<{ revisedBy: string; reason: string }>
>;

export type SchemePublishedEvent = SchemeSetV1 | SchemeRevisedV1;
