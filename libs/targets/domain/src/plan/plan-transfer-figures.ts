/*
 * The divisions' figures a transfer moves with a salesperson (issue 8 item 3): what he carries
 * leaves his old division's figure and joins his new one's, period by period, so the company
 * split, the old division's and the new one's keep the difference they had (exact stays exact).
 */
import { DomainError, formatMoney } from '@sales/shared/domain';
import {
  LEVELS,
  METRIC_LABELS,
  type Level,
  type LevelTarget,
  type Metric,
  type MetricTarget,
  type NodeId,
  type NodeTargets,
  type NodeTargetsEntry,
} from '@sales/targets/events';
import { divisionNode } from '../org-snapshot';
import type { RegressiveQuarter } from './plan-events';
import type { PlanNode } from './plan-state';
import { type NodeTargetsInput, resolveNodeTargets } from './target-resolution';

export type DivisionMove = Readonly<{
  changes: readonly NodeTargetsEntry[];
  /** Quarters now below the one before that were not so before the move. */
  regressions: readonly RegressiveQuarter[];
}>;

const add = (a: readonly number[], b: readonly number[], sign: 1 | -1) =>
  a.map((value, i) => value + sign * (b[i] ?? 0));

function moveLevel(
  figure: LevelTarget | undefined,
  carried: LevelTarget,
  sign: 1 | -1,
  where: Readonly<{ node: NodeId; metric: Metric; level: Level; salesperson: NodeId; currency: string }>,
): LevelTarget {
  const base = figure ?? { year: 0, quarters: [0, 0, 0, 0], months: Array<number>(12).fill(0) };
  const moved: LevelTarget = {
    year: base.year + sign * carried.year,
    quarters: add(base.quarters, carried.quarters, sign),
    months: add(base.months, carried.months, sign),
  };
  if ([moved.year, ...moved.quarters, ...moved.months].some((value) => value < 0)) {
    const { currency, ...place } = where;
    const money = METRIC_LABELS[where.metric].unit === 'money';
    const read = (amount: number, customers: string) =>
      money ? formatMoney(amount, currency) : `${amount} ${customers}`;
    throw new DomainError('transfer-exceeds-division', {
      ...place,
      figure: base.year,
      carried: carried.year,
      figureZh: read(base.year, '户'),
      carriedZh: read(carried.year, '户'),
      figureEn: read(base.year, 'customers'),
      carriedEn: read(carried.year, 'customers'),
    });
  }
  return moved;
}

/** The division's targets with the person's added (joining) or taken off (leaving), metric by metric. */
function movedTargets(
  division: PlanNode | undefined,
  node: NodeId,
  carried: NodeTargets,
  sign: 1 | -1,
  salesperson: NodeId,
  currency: string,
): NodeTargets {
  const targets: Partial<Record<Metric, MetricTarget>> = { ...division?.targets };
  for (const metric of Object.keys(carried) as Metric[]) {
    const own = carried[metric];
    if (!own) continue;
    const [realistic, stretch] = LEVELS.map((level) =>
      moveLevel(division?.targets[metric]?.[level], own[level], sign, {
        node,
        metric,
        level,
        salesperson,
        currency,
      }),
    );
    targets[metric] = { realistic, stretch };
  }
  return targets;
}

/** Stated in full (quarters and months), so resolving checks the figures without re-splitting them. */
function asInput(targets: NodeTargets, metrics: readonly Metric[]): NodeTargetsInput {
  return Object.fromEntries(
    metrics
      .filter((metric) => targets[metric])
      .map((metric) => {
        const { realistic, stretch } = targets[metric] as MetricTarget;
        return [
          metric,
          {
            realistic: realistic.year,
            stretch: stretch.year,
            quarters: { realistic: realistic.quarters, stretch: stretch.quarters },
            months: { realistic: realistic.months, stretch: stretch.months },
          },
        ];
      }),
  );
}

const key = (r: RegressiveQuarter) => `${r.metric}/${r.level}/${r.quarter}`;

/**
 * The new figures of both divisions once `carried` moves from one to the other. Refused when the
 * old division's figure is smaller than what he carries in some period, or when the stretch level
 * would end up less ambitious than the realistic one (checked as any edit is).
 */
export function moveDivisionFigures(
  carried: NodeTargets,
  salesperson: NodeId,
  from: Readonly<{ divisionId: string; node: PlanNode | undefined }>,
  to: Readonly<{ divisionId: string; node: PlanNode | undefined }>,
  currency: string,
): DivisionMove {
  const metrics = Object.keys(carried) as Metric[];
  const regressions: RegressiveQuarter[] = [];
  const changes = (
    [
      [from, -1],
      [to, 1],
    ] as const
  ).map(([side, sign]) => {
    const node = divisionNode(side.divisionId);
    const targets = movedTargets(side.node, node, carried, sign, salesperson, currency);
    const after = resolveNodeTargets(node, asInput(targets, metrics)).regressions;
    const before = new Set(
      side.node && metrics.some((m) => side.node?.targets[m])
        ? resolveNodeTargets(node, asInput(side.node.targets, metrics)).regressions.map(key)
        : [],
    );
    regressions.push(...after.filter((r) => !before.has(key(r))));
    return { node, divisionId: side.divisionId, personId: null, targets };
  });
  return { changes, regressions };
}
