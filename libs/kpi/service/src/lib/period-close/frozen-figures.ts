import type { FrozenFigure, FrozenSubject, PeriodAmounts } from '@sales/kpi/domain';
import type { RateOrNull } from '@sales/kpi/projections';
import type { Computation, Figure, MoneyAmount } from '../figures/figure-values';
import type { CloseSubject } from './close-request';

const DISTRIBUTION = 'a distribution has no single value (see explain)';

const GRADE_NAMES: Readonly<Record<string, string>> = { ungraded: '未分级' };

function distributionDisplay(figure: Figure): string {
  if (figure.id === 'P5.byGrade') {
    const counts = Object.entries(figure.value as Record<string, number>);
    return counts.map(([grade, n]) => `${GRADE_NAMES[grade] ?? grade} ${n}`).join(' · ');
  }
  const lines = figure.value as readonly { productLineId: string; share: RateOrNull }[];
  return lines.length === 0 ? '—' : lines.map((l) => `${l.productLineId} ${l.share.display}`).join(' · ');
}

/**
 * One figure of the KPI API's answer as a frozen figure: a rate or an average as its exact
 * decimal string (null with the rate's reason on a zero denominator), a count as an integer, money
 * as 分; the distributions carry no single value and are read through `explain`.
 */
export function frozenFigure(figure: Figure): FrozenFigure {
  const base = { figureId: figure.id, unit: figure.unit };
  switch (figure.unit) {
    case 'rate':
    case 'per-working-day': {
      const rate = figure.value as RateOrNull;
      return rate.value === null
        ? { ...base, value: null, display: rate.display, reason: rate.reason }
        : { ...base, value: rate.value, display: rate.display, reason: null };
    }
    case 'count': {
      const count = figure.value as number;
      return { ...base, value: String(count), display: String(count), reason: null };
    }
    case 'money': {
      const amount = figure.value as MoneyAmount;
      return { ...base, value: String(amount.amountMinor), display: amount.display, reason: null };
    }
    case 'count-by-grade':
    case 'share':
      return { ...base, value: null, display: distributionDisplay(figure), reason: DISTRIBUTION };
  }
}

/** The money commission tables are measured on, from the same computation as the figures. */
export function periodAmounts(c: Computation): PeriodAmounts {
  return {
    signedMinor: c.sales.signedMinor,
    grossMarginMinor: c.sales.grossMarginMinor,
    collectedMinor: c.collections.receivedMinor,
    targets: {
      sales: { realisticMinor: c.sales.p1.targetRealisticMinor, stretchMinor: c.sales.p1.targetStretchMinor },
      grossMargin: {
        realisticMinor: c.sales.p2.targetRealisticMinor,
        stretchMinor: c.sales.p2.targetStretchMinor,
      },
      collections: {
        realisticMinor: c.collections.attainment.targetRealisticMinor,
        stretchMinor: c.collectionsStretchMinor,
      },
    },
  };
}

/** The KPI API's explain route for the subject (add `&figure=<id>` for one figure). */
export function explainPath(subject: CloseSubject, periodLabel: string, asOf: string): string {
  return `/kpi/figures/explain?subject=${subject.kind}:${subject.id}&period=${periodLabel}&asOf=${asOf}`;
}

/** One subject's frozen figures: every figure of the computation, its amounts, its name. */
export function frozenSubject(
  subject: CloseSubject,
  name: string,
  computation: Computation,
  figures: readonly Figure[],
): FrozenSubject {
  const { period, asOf } = computation.query;
  return {
    kind: subject.kind,
    id: subject.id,
    name,
    figures: figures.map(frozenFigure),
    amounts: periodAmounts(computation),
    explain: explainPath(subject, period.label, asOf),
  };
}
