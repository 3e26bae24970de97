import { DomainError } from '@sales/shared/domain';
import type { Appraisal, AppraisalInput } from './appraisal';
import { payoutOf } from './commission';
import { HUNDRED, ZERO, add, cmp, div, exact, mul, toFixed } from './exact-decimal';
import { consecutiveMissesAfter, gradeOf, isMiss, ladderStepOf, ladderTextOf } from './grading';
import { scoreKpi } from './kpi-scoring';
import type { SchemeVersion } from './scheme-version';

/**
 * One subject's appraisal under a scheme version, pure and exact: each KPI's points on its curve
 * (rounded half-up to 2 places) × weight, plus the qualitative score × its weight, give the score
 * (2 places, half-up); the score as shown gives the grade and whether it is a miss; consecutive
 * misses give the ladder step; the commission table gives the payout line by line.
 */
export function appraise(scheme: SchemeVersion, input: AppraisalInput): Appraisal {
  const expected = scheme.appliesTo === 'salesperson' ? 'person' : 'division';
  if (input.subjectKind !== expected) {
    throw new DomainError('scheme-subject-mismatch', {
      schemeId: scheme.schemeId,
      appliesTo: scheme.appliesTo,
      subjectKind: input.subjectKind,
    });
  }
  const qualitativeScore = exact(input.qualitativeScore);
  if (cmp(qualitativeScore, ZERO) < 0 || cmp(qualitativeScore, HUNDRED) > 0) {
    throw new DomainError('qualitative-score-out-of-range', { qualitativeScore: input.qualitativeScore });
  }
  const lines = scheme.kpis.map((kpi) => scoreKpi(kpi, input.figures[kpi.figureId]));
  const qualitativeWeighted = div(mul(qualitativeScore, exact(scheme.qualitativeWeightPercent)), HUNDRED);
  const total = lines.reduce((sum, line) => add(sum, line.weighted), add(ZERO, qualitativeWeighted));
  const score = toFixed(total, 2);
  const shown = exact(score);
  const grade = gradeOf(scheme.gradeBands, shown);
  const missed = isMiss(scheme.miss, grade, shown);
  const consecutiveMisses = consecutiveMissesAfter(input.previousConsecutiveMisses, missed);
  const ladderStep = ladderStepOf(consecutiveMisses);
  return {
    score,
    grade,
    missed,
    consecutiveMisses,
    ladderStep,
    ladderText: ladderTextOf(scheme.ladder, ladderStep),
    kpiLines: lines.map((line) => line.line),
    qualitative: {
      score: toFixed(qualitativeScore, 2),
      weightPercent: scheme.qualitativeWeightPercent,
      weighted: toFixed(qualitativeWeighted, 4),
    },
    payout: payoutOf(scheme.commission, input.amounts, scheme.ladder, ladderStep),
  };
}
