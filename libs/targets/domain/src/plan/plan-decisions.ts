/* Deciding a submitted split — approve or send back — and who must have targets first (T2, T4). */
import { DomainError, formatMoney } from '@sales/shared/domain';
import {
  LEVEL_LABELS,
  type Level,
  METRIC_LABELS,
  type Metric,
  type NodeTargetsEntry,
  type UnitId,
} from '@sales/targets/events';
import { type OrgSnapshot, placeNode } from '../org-snapshot';
import { allocationReport } from './allocation-report';
import { authorize, decisionFor, parseUnit } from './plan-authorization';
import type { ApproveTargets, ExcludeSalesperson, RejectTargets } from './plan-commands';
import type { PlanEvent } from './plan-events';
import { assertNotInTransfer, requireReason, requireSubmitted } from './plan-guards';
import { type OpenPlanState, nodesOfUnit } from './plan-state';
import { isCostMetric } from './target-resolution';
export function approveTargets(data: ApproveTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  const unit = requireSubmitted(state, unitId);
  assertNotInTransfer(state, unitId);
  const { selfApproval } = decisionFor(data.actor, unitId, data.org, unit.submittedBy);
  if (unitId !== 'company' && state.units['company']?.approvedVersion == null) {
    throw new DomainError('parent-not-approved', { unit: unitId, parent: 'company' });
  }
  assertFullyAllocated(state, unitId);
  assertEverySalespersonPlanned(state, unitId, data.org);
  const nodes: NodeTargetsEntry[] = nodesOfUnit(state, unitId).map(
    ({ node, divisionId, personId, targets }) => ({
      node,
      divisionId,
      personId,
      targets,
    }),
  );
  return [
    {
      type: 'TargetsApproved',
      data: {
        fiscalYear: state.fiscalYear,
        currency: state.currency,
        unit: unitId,
        version: unit.version,
        approvedBy: data.actor.userId,
        selfApproval,
        nodes,
      },
    },
  ];
}

export function rejectTargets(data: RejectTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  const unit = requireSubmitted(state, unitId);
  assertNotInTransfer(state, unitId);
  decisionFor(data.actor, unitId, data.org, unit.submittedBy);
  const reason = requireReason(data.reason);
  return [
    {
      type: 'TargetsRejected',
      data: {
        fiscalYear: state.fiscalYear,
        unit: unitId,
        version: unit.version,
        rejectedBy: data.actor.userId,
        reason,
      },
    },
  ];
}

export function excludeSalesperson(data: ExcludeSalesperson['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  if (unitId === 'company') throw new DomainError('invalid-unit', { unit: data.unit });
  authorize(data.actor, unitId, data.org);
  const unit = state.units[unitId];
  if (unit && unit.status !== 'draft') {
    throw new DomainError('target-not-draft', { unit: unitId, status: unit.status });
  }
  const place = placeNode(`salesperson:${data.personId}`, data.org);
  if (place.unit !== unitId) {
    throw new DomainError('not-in-division', { unit: unitId, personId: data.personId });
  }
  if (state.nodes[place.node]?.unit === unitId) {
    throw new DomainError('salesperson-has-targets', { unit: unitId, personId: data.personId });
  }
  const reason = requireReason(data.reason);
  return [
    {
      type: 'SalespersonExcluded',
      data: {
        fiscalYear: state.fiscalYear,
        unit: unitId,
        personId: data.personId,
        reason,
        excludedBy: data.actor.userId,
      },
    },
  ];
}

/**
 * 落实到人: a division's split is approved only when every salesperson of the division (in the
 * tree as of today) has targets in it or was excluded with a reason. One who moved in with
 * targets approved in his old division's split has targets: they come with a transfer.
 */
function assertEverySalespersonPlanned(state: OpenPlanState, unitId: UnitId, org: OrgSnapshot): void {
  if (unitId === 'company') return;
  const division = org.divisions.find((d) => `division:${d.id}` === unitId);
  const excluded = state.units[unitId]?.excluded;
  const missing = (division?.salespeople ?? []).filter(
    (personId) =>
      state.nodes[`salesperson:${personId}`]?.unit !== unitId &&
      excluded?.[personId] === undefined &&
      state.approved[`salesperson:${personId}`] === undefined,
  );
  if (missing.length > 0) {
    throw new DomainError('salesperson-without-targets', {
      unit: unitId,
      personIds: missing,
      count: missing.length,
    });
  }
}

function assertFullyAllocated(state: OpenPlanState, unitId: UnitId): void {
  const checked = allocationReport(state).filter(
    (line) => line.unit === unitId || (unitId === 'company' && state.units[line.unit]?.status === 'approved'),
  );
  const shortfalls = checked
    .filter((line) => line.status === 'under')
    .map(({ node, metric, level, figure, allocated, difference }) => ({
      node,
      metric,
      level,
      figure,
      allocated,
      shortfall: -difference,
      ...readable(metric, level, 'shortfall', -difference, state.currency),
    }));
  if (shortfalls.length > 0) throw new DomainError('under-allocated', { ...shortfalls[0], shortfalls });
  const overspends = checked
    .filter((line) => line.status === 'over' && isCostMetric(line.metric))
    .map(({ node, metric, level, figure, allocated, difference }) => ({
      node,
      metric,
      level,
      figure,
      allocated,
      excess: difference,
      ...readable(metric, level, 'excess', difference, state.currency),
    }));
  if (overspends.length > 0)
    throw new DomainError('expense-over-allocated', { ...overspends[0], overspends });
}

/**
 * What a person reads in a refusal beside the raw figures: the metric and level as users name them
 * (销售额, 现实目标) and the amount in 元 with separators (or a count of customers), per language.
 */
function readable(metric: Metric, level: Level, name: string, amount: number, currency: string) {
  const money = METRIC_LABELS[metric].unit === 'money';
  return {
    metricZh: METRIC_LABELS[metric].zh,
    metricEn: METRIC_LABELS[metric].en,
    levelZh: LEVEL_LABELS[level].zh,
    levelEn: LEVEL_LABELS[level].en,
    [`${name}Zh`]: money ? formatMoney(amount, currency) : `${amount} 户`,
    [`${name}En`]: money ? formatMoney(amount, currency) : `${amount} customers`,
  };
}
