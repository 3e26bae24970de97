import type { SchemeRules, ScoringCurve } from '@sales/appraisal/domain';
import type { CurveDto, SchemeRulesDto } from './dto/scheme-rules.dto';

/** The validated body as the domain's plain rules (only the fields of each variant, nothing else). */
export function schemeRulesOf(body: SchemeRulesDto): SchemeRules {
  const { commission, ladder, miss } = body;
  return {
    name: body.name.trim(),
    appliesTo: body.appliesTo,
    kpis: body.kpis.map(({ figureId, weightPercent, curve }) => ({
      figureId,
      weightPercent,
      curve: curveOf(curve),
    })),
    qualitativeWeightPercent: body.qualitativeWeightPercent,
    gradeBands: body.gradeBands.map(({ grade, minScore }) => ({ grade: grade.trim(), minScore })),
    miss:
      miss.kind === 'grades'
        ? { kind: 'grades', grades: [...(miss.grades ?? [])] }
        : { kind: 'score-below', score: miss.score ?? 0 },
    ladder: {
      help: { text: ladder.help.text },
      penalty: {
        text: ladder.penalty.text,
        ...(ladder.penalty.amountMinor === undefined ? {} : { amountMinor: ladder.penalty.amountMinor }),
      },
      eliminationWarning: { text: ladder.eliminationWarning.text },
    },
    commission: {
      basis: commission.basis,
      mode: commission.mode,
      currency: commission.currency,
      tiers: commission.tiers.map(({ fromMinor, ratePercent }) => ({ fromMinor, ratePercent })),
      accelerators: commission.accelerators.map(({ fromAttainment, multiplier }) => ({
        fromAttainment,
        multiplier,
      })),
      ...(commission.capMinor === undefined ? {} : { capMinor: commission.capMinor }),
    },
  };
}

function curveOf(curve: CurveDto): ScoringCurve {
  if (curve.kind === 'linear') {
    return {
      kind: 'linear',
      floor: curve.floor ?? '',
      target: curve.target ?? '',
      ...(curve.cap === undefined ? {} : { cap: curve.cap }),
    };
  }
  return { kind: 'bands', bands: (curve.bands ?? []).map(({ from, points }) => ({ from, points })) };
}
