import { DomainError } from '@sales/shared/domain';
import { appraise } from '../schemes/appraise';
import type { SchemeVersion } from '../schemes/scheme-version';
import type { CycleResult } from './cycle-events';
import type { OpenedCycle } from './cycle-state';
import { type CycleSubject, subjectKeyOf } from './cycle-subjects';

/** The scheme given must be the version the cycle opened under: a revision never reaches an open cycle. */
export function assertCycleScheme(cycle: OpenedCycle, scheme: SchemeVersion): void {
  if (scheme.schemeId !== cycle.scheme.schemeId || scheme.version !== cycle.scheme.version) {
    throw new DomainError('scheme-version-mismatch', {
      schemeId: cycle.scheme.schemeId,
      version: cycle.scheme.version,
      given: `${scheme.schemeId} v${scheme.version}`,
    });
  }
}

/** One subject's result from the frozen figures, the manager's score and their earlier misses. */
export function resultOf(
  cycle: OpenedCycle,
  scheme: SchemeVersion,
  subject: CycleSubject,
  qualitativeScore: number,
  previousConsecutiveMisses: number,
): CycleResult {
  const subjectKey = subjectKeyOf(subject);
  const frozen = cycle.snapshot?.subjects.find((s) => s.kind === subject.kind && s.id === subject.id);
  if (!frozen) throw new DomainError('snapshot-not-recorded', { cycleId: cycle.cycleId });
  const figures: Record<string, string | null> = Object.create(null);
  for (const figure of frozen.figures) figures[figure.figureId] = figure.value;
  const appraisal = appraise(scheme, {
    subjectKind: subject.kind,
    figures,
    amounts: frozen.amounts,
    qualitativeScore,
    previousConsecutiveMisses,
  });
  return { subjectKey, qualitativeScore, previousConsecutiveMisses, appraisal };
}
