import { type Exact, cmp, exact } from './exact-decimal';
import type { GradeBand, LadderStep, MissDefinition, SchemeRules } from './scheme-version';

/** The grade of a score as shown (2 places): the first band, highest first, whose minimum it reaches. */
export function gradeOf(bands: readonly GradeBand[], score: Exact): string {
  const band = bands.find((candidate) => cmp(score, exact(candidate.minScore)) >= 0);
  return (band ?? bands[bands.length - 1]).grade;
}

/** A miss by the scheme's own definition: one of its miss grades, or a score below its threshold. */
export function isMiss(miss: MissDefinition, grade: string, score: Exact): boolean {
  switch (miss.kind) {
    case 'grades':
      return miss.grades.includes(grade);
    case 'score-below':
      return cmp(score, exact(miss.score)) < 0;
  }
}

/** Consecutive misses counting this period: one more after a miss, back to 0 after a non-miss. */
export function consecutiveMissesAfter(previous: number, missed: boolean): number {
  return missed ? Math.max(0, previous) + 1 : 0;
}

/** 1st miss → help (帮助), 2nd consecutive → penalty (惩罚), 3rd and later → elimination warning (淘汰预警). */
export function ladderStepOf(consecutiveMisses: number): LadderStep {
  if (consecutiveMisses <= 0) return 'none';
  if (consecutiveMisses === 1) return 'help';
  if (consecutiveMisses === 2) return 'penalty';
  return 'elimination-warning';
}

export function ladderTextOf(ladder: SchemeRules['ladder'], step: LadderStep): string | null {
  switch (step) {
    case 'none':
      return null;
    case 'help':
      return ladder.help.text;
    case 'penalty':
      return ladder.penalty.text;
    case 'elimination-warning':
      return ladder.eliminationWarning.text;
  }
}
