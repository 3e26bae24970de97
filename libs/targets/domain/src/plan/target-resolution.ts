import { DomainError } from '@sales/shared/domain';
import {
  LEVELS,
  METRICS,
  type Level,
  type LevelTarget,
  type Metric,
  type MetricTarget,
  type NodeId,
  type NodeTargets,
} from '@sales/targets/events';
import type { RegressiveQuarter } from './plan-events';

/** What a planner types for one metric: the year per level, optionally quarters and months. */
export type MetricTargetInput = Readonly<{
  realistic: number;
  stretch: number;
  quarters?: Readonly<{ realistic: readonly number[]; stretch: readonly number[] }>;
  months?: Readonly<{ realistic: readonly number[]; stretch: readonly number[] }>;
}>;

export type NodeTargetsInput = Readonly<Partial<Record<Metric, MetricTargetInput>>>;

/**
 * Splits `total` into `parts` integers that add up exactly. The remainder goes to the LAST parts:
 * an even split then never has a period below the one before it, which is what 渐进式目标 asks.
 */
export function evenSplit(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i >= parts - remainder ? 1 : 0));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Money in fen and counts alike: non-negative integers that JavaScript holds exactly. */
function assertAmount(value: unknown, where: Record<string, unknown>): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new DomainError('invalid-amount', { ...where, value });
  }
}

/**
 * A metric where less is better: for an expense budget the stretch level is the smaller one,
 * and a quarter lower than the previous is no regression.
 */
export const isCostMetric = (metric: Metric) => metric === 'expenseBudget';

function resolveLevel(node: NodeId, metric: Metric, level: Level, input: MetricTargetInput): LevelTarget {
  const year = input[level];
  assertAmount(year, { node, metric, level, field: 'year' });
  const quarters = input.quarters ? [...input.quarters[level]] : evenSplit(year, 4);
  if (quarters.length !== 4)
    throw new DomainError('invalid-quarters', { node, metric, level, count: quarters.length });
  quarters.forEach((q, i) => assertAmount(q, { node, metric, level, field: `quarters[${i}]` }));
  if (sum(quarters) !== year) {
    throw new DomainError('quarters-do-not-add-up', {
      node,
      metric,
      level,
      year,
      sum: sum(quarters),
      quarters,
    });
  }
  const months = input.months ? [...input.months[level]] : quarters.flatMap((q) => evenSplit(q, 3));
  if (months.length !== 12)
    throw new DomainError('invalid-months', { node, metric, level, count: months.length });
  months.forEach((m, i) => assertAmount(m, { node, metric, level, field: `months[${i}]` }));
  quarters.forEach((quarterAmount, q) => {
    const monthSum = sum(months.slice(q * 3, q * 3 + 3));
    if (monthSum !== quarterAmount) {
      throw new DomainError('months-do-not-add-up', {
        node,
        metric,
        level,
        quarter: q + 1,
        quarterAmount,
        sum: monthSum,
      });
    }
  });
  return { year, quarters, months };
}

export type ResolvedTargets = Readonly<{ targets: NodeTargets; regressions: RegressiveQuarter[] }>;

/**
 * Checks and completes a node's input: amounts, quarters adding up to the year, months adding
 * up to their quarter (both defaulted when left out), and stretch at least as ambitious as
 * realistic. Quarters below the previous one are returned, for the caller to have acknowledged.
 */
export function resolveNodeTargets(node: NodeId, input: NodeTargetsInput): ResolvedTargets {
  const metrics = Object.keys(input ?? {});
  if (metrics.length === 0) throw new DomainError('no-targets-given', { node });
  const targets: Partial<Record<Metric, MetricTarget>> = {};
  const regressions: RegressiveQuarter[] = [];
  for (const key of metrics) {
    if (!(METRICS as readonly string[]).includes(key))
      throw new DomainError('unknown-metric', { node, metric: key });
    const metric = key as Metric;
    const metricInput = input[metric] as MetricTargetInput;
    const [realistic, stretch] = LEVELS.map((level) => resolveLevel(node, metric, level, metricInput));
    const ambitious = isCostMetric(metric) ? stretch.year <= realistic.year : stretch.year >= realistic.year;
    if (!ambitious) {
      throw new DomainError('stretch-less-ambitious', {
        node,
        metric,
        realistic: realistic.year,
        stretch: stretch.year,
      });
    }
    targets[metric] = { realistic, stretch };
    if (isCostMetric(metric)) continue;
    for (const [level, target] of [
      ['realistic', realistic],
      ['stretch', stretch],
    ] as const) {
      for (let q = 1; q < 4; q++) {
        if (target.quarters[q] < target.quarters[q - 1]) {
          regressions.push({
            node,
            metric,
            level,
            quarter: q + 1,
            amount: target.quarters[q],
            previous: target.quarters[q - 1],
          });
        }
      }
    }
  }
  return { targets, regressions };
}

export function assertRegressionsAcknowledged(
  regressions: readonly RegressiveQuarter[],
  acknowledged: boolean | undefined,
) {
  if (regressions.length > 0 && acknowledged !== true) {
    throw new DomainError('regressive-quarter-not-acknowledged', { regressions });
  }
}
