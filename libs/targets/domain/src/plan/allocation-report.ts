import {
  LEVELS,
  METRICS,
  METRIC_LABELS,
  type Level,
  type Metric,
  type NodeId,
  type UnitId,
} from '@sales/targets/events';
import { divisionNode } from '../org-snapshot';
import type { PlanNode, PlanState } from './plan-state';

export type AllocationStatus = 'under' | 'exact' | 'over';

/**
 * One parent node, one metric, one level: the parent's year figure against the sum allocated to
 * its children (T2). `difference` = allocated − figure (negative when under-allocated).
 */
export type AllocationLine = Readonly<{
  node: NodeId;
  /** The unit whose approval decides this split: the company's, or the division's own. */
  unit: UnitId;
  metric: Metric;
  level: Level;
  /** Of `figure`, `allocated` and `difference`: integer 分 of this currency; null for a head count (新增客户). */
  currency: string | null;
  figure: number;
  allocated: number;
  difference: number;
  status: AllocationStatus;
  children: readonly NodeId[];
  /**
   * The same comparison quarter by quarter (渐进式目标): where the children's quarters do not follow
   * the parent's progression. Informative; approval is decided by the year (`status`).
   */
  quarters: readonly Readonly<{
    figure: number;
    allocated: number;
    difference: number;
    status: AllocationStatus;
  }>[];
}>;

const statusOf = (difference: number): AllocationStatus =>
  difference < 0 ? 'under' : difference > 0 ? 'over' : 'exact';

function linesFor(
  currency: string,
  node: NodeId,
  unit: UnitId,
  parent: PlanNode | undefined,
  children: readonly PlanNode[],
): AllocationLine[] {
  const lines: AllocationLine[] = [];
  for (const metric of METRICS) {
    if (!parent?.targets[metric] && !children.some((c) => c.targets[metric])) continue;
    for (const level of LEVELS) {
      const figure = parent?.targets[metric]?.[level].year ?? 0;
      const allocated = children.reduce((total, c) => total + (c.targets[metric]?.[level].year ?? 0), 0);
      const difference = allocated - figure;
      const quarters = [0, 1, 2, 3].map((q) => {
        const quarterFigure = parent?.targets[metric]?.[level].quarters[q] ?? 0;
        const quarterAllocated = children.reduce(
          (total, c) => total + (c.targets[metric]?.[level].quarters[q] ?? 0),
          0,
        );
        const quarterDifference = quarterAllocated - quarterFigure;
        return {
          figure: quarterFigure,
          allocated: quarterAllocated,
          difference: quarterDifference,
          status: statusOf(quarterDifference),
        };
      });
      lines.push({
        node,
        unit,
        metric,
        level,
        currency: METRIC_LABELS[metric].unit === 'money' ? currency : null,
        figure,
        allocated,
        difference,
        status: statusOf(difference),
        children: children.map((c) => c.node),
        quarters,
      });
    }
  }
  return lines;
}

/**
 * Every split of the plan: company → divisions, then each division → its salespeople. A division
 * appears once it has a figure or a salesperson with targets.
 */
export function allocationReport(state: PlanState): AllocationLine[] {
  if (state.status !== 'open') return [];
  const nodes = Object.values(state.nodes);
  const divisions = nodes.filter((n) => n.node.startsWith('division:'));
  const divisionIds = [
    ...new Set(nodes.filter((n) => n.divisionId !== null).map((n) => n.divisionId as string)),
  ];
  return [
    ...linesFor(state.currency, 'company', 'company', state.nodes['company'], divisions),
    ...divisionIds.flatMap((divisionId) => {
      const node = divisionNode(divisionId);
      const people = nodes.filter((n) => n.personId !== null && n.divisionId === divisionId);
      return linesFor(state.currency, node, node as UnitId, state.nodes[node], people);
    }),
  ];
}
