import { type PublishedSchemeRules, schemePublishedEvent } from '@sales/appraisal/events';
import type { PublishedEvent } from '@sales/shared/domain';
import type { SchemeEvent } from './scheme-events';
import type { SchemeRules } from './scheme-version';

/**
 * What other contexts see of a scheme: the rules (what is scored, grades, miss, ladder texts),
 * never the commission table or the penalty amount — pay terms stay inside appraisal.
 */
export function publishSchemeEvent(event: SchemeEvent): readonly PublishedEvent[] {
  switch (event.type) {
    case 'SchemeSet': {
      const { schemeId, version, effectiveFrom, rules, setBy, reason } = event.data;
      return [
        schemePublishedEvent('SchemeSet', {
          ...publishedRules(schemeId, version, effectiveFrom, rules),
          setBy,
          reason,
        }),
      ];
    }
    case 'SchemeRevised': {
      const { schemeId, version, effectiveFrom, rules, revisedBy, reason } = event.data;
      return [
        schemePublishedEvent('SchemeRevised', {
          ...publishedRules(schemeId, version, effectiveFrom, rules),
          revisedBy,
          reason,
        }),
      ];
    }
  }
}

function publishedRules(
  schemeId: string,
  version: number,
  effectiveFrom: string,
  rules: SchemeRules,
): PublishedSchemeRules {
  return {
    schemeId,
    version,
    effectiveFrom,
    name: rules.name,
    appliesTo: rules.appliesTo,
    kpis: rules.kpis.map(({ figureId, weightPercent, curve }) => ({
      figureId,
      weightPercent,
      curve:
        curve.kind === 'linear'
          ? { kind: 'linear', floor: curve.floor, target: curve.target, cap: curve.cap ?? null }
          : { kind: 'bands', bands: curve.bands.map(({ from, points }) => ({ from, points })) },
    })),
    qualitativeWeightPercent: rules.qualitativeWeightPercent,
    gradeBands: rules.gradeBands.map(({ grade, minScore }) => ({ grade, minScore })),
    miss:
      rules.miss.kind === 'grades'
        ? { kind: 'grades', grades: [...rules.miss.grades], score: null }
        : { kind: 'score-below', grades: null, score: rules.miss.score },
    ladder: {
      helpText: rules.ladder.help.text,
      penaltyText: rules.ladder.penalty.text,
      eliminationWarningText: rules.ladder.eliminationWarning.text,
    },
  };
}
