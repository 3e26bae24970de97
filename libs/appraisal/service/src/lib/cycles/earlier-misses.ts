import { type OpenedCycle, subjectKeyOf } from '@sales/appraisal/domain';

/**
 * 连续未达标: for each subject of `cycle`, the consecutive misses of their latest published result
 * in an earlier cycle of the same kind (month after month, quarter after quarter), as it stands
 * after any appeal; 0 when that result was no miss or there is none.
 */
export function earlierConsecutiveMisses(
  cycle: OpenedCycle,
  all: readonly OpenedCycle[],
): Record<string, number> {
  const earlier = all
    .filter((c) => c.cycleId !== cycle.cycleId && c.status === 'published')
    .filter((c) => c.period.kind === cycle.period.kind && c.period.to < cycle.period.from)
    .sort((a, b) => b.period.to.localeCompare(a.period.to));
  const misses: Record<string, number> = Object.create(null);
  for (const subject of cycle.subjects) {
    const key = subjectKeyOf(subject);
    const latest = earlier.find((c) => c.results[key])?.results[key];
    misses[key] = latest?.appraisal.missed ? latest.appraisal.consecutiveMisses : 0;
  }
  return misses;
}
