/**
 * The KPI figures, as other contexts name them (a scheme's KPIs in appraisal, a subscriber reading
 * `kpi.KpiPeriodClosed`): the ids of the KPI API's figure catalogue, with their zh-CN/en names and
 * units. The KPI service's catalogue (`libs/kpi/service/src/lib/figures/figure-catalogue.ts`) is
 * checked against this list by a spec, so the two cannot drift.
 */
export const KPI_FIGURE_IDS = [
  'P1.realistic',
  'P1.stretch',
  'P2.realistic',
  'P2.stretch',
  'P3',
  'P4',
  'P5.owned',
  'P5.new',
  'P5.byGrade',
  'P6',
  'P7.collections.realistic',
  'P7.collections.stretch',
  'P7.expenses',
  'P7.newPotential',
  'P7.checkIns',
  'P7.overdueRevisits',
  'P7.overdueReceivables',
] as const;

export type KpiFigureId = (typeof KPI_FIGURE_IDS)[number];

export function isKpiFigureId(value: string): value is KpiFigureId {
  return (KPI_FIGURE_IDS as readonly string[]).includes(value);
}

/**
 * How a figure's value reads as one number an appraisal can score: a rate as a decimal fraction
 * ("0.833333" = 83.3%), an average per working day as a decimal, a count as an integer, money in
 * 分. P5.byGrade and P6 (distributions) have no single value.
 */
export type KpiFigureUnit = 'rate' | 'per-working-day' | 'count' | 'count-by-grade' | 'share' | 'money';
