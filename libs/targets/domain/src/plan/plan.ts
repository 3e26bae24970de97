import {
  type Aggregate,
  ConflictError,
  DomainError,
  NotFoundError,
  assertNever,
  formatMoney,
  isCurrencyCode,
} from '@sales/shared/domain';
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
import type {
  AbandonPlan,
  ApproveTargets,
  CorrectPlan,
  ExcludeSalesperson,
  OpenPlan,
  PlanCommand,
  RejectTargets,
  ReviseTargets,
  SetTargets,
  SubmitTargets,
} from './plan-commands';
import type { PlanEvent, RegressiveQuarter } from './plan-events';
import { publishPlanEvent } from './plan-publication';
import { type OpenPlanState, type PlanState, evolvePlan, initialPlanState, nodesOfUnit } from './plan-state';
import { assertRegressionsAcknowledged, isCostMetric, resolveNodeTargets } from './target-resolution';

/** The fiscal-year target plan of the company (目标管理, T1–T4): one stream per year. */
export const planDecider: Aggregate<PlanState, PlanCommand, PlanEvent> = {
  initialState: initialPlanState,
  evolve: evolvePlan,
  decide,
  publish: publishPlanEvent,
};

export function decide(command: PlanCommand, state: PlanState): PlanEvent[] {
  if (command.type === 'OpenPlan') return openPlan(command.data, state);
  if (state.status !== 'open') throw new NotFoundError('plan-not-opened', {});
  switch (command.type) {
    case 'SetTargets':
      return setTargets(command.data, state);
    case 'SubmitTargets':
      return submitTargets(command.data, state);
    case 'ApproveTargets':
      return approveTargets(command.data, state);
    case 'RejectTargets':
      return rejectTargets(command.data, state);
    case 'ReviseTargets':
      return reviseTargets(command.data, state);
    case 'ExcludeSalesperson':
      return excludeSalesperson(command.data, state);
    case 'CorrectPlan':
      return correctPlan(command.data, state);
    case 'AbandonPlan':
      return abandonPlan(command.data, state);
    default:
      return assertNever(command);
  }
}

function openPlan(data: OpenPlan['data'], state: PlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  if (state.status === 'open') throw new DomainError('plan-already-opened', { fiscalYear: state.fiscalYear });
  if (!Number.isInteger(data.fiscalYear) || data.fiscalYear < 2000 || data.fiscalYear > 2100) {
    throw new DomainError('invalid-fiscal-year', { fiscalYear: data.fiscalYear });
  }
  // An ISO 4217 code, not just three capitals: RMB and XYZ are no currencies (CNY is the yuan).
  if (!isCurrencyCode(data.currency)) throw new DomainError('invalid-currency', { currency: data.currency });
  return [{ type: 'PlanOpened', data: { fiscalYear: data.fiscalYear, currency: data.currency } }];
}

/** A plan is still in draft while nothing of it was ever submitted or approved. */
function assertPlanInDraft(state: OpenPlanState): void {
  const engaged = Object.values(state.units).filter(
    (u) => u.status !== 'draft' || u.approvedVersion !== null,
  );
  if (engaged.length > 0) {
    throw new DomainError('plan-not-draft', {
      fiscalYear: state.fiscalYear,
      units: engaged.map((u) => u.unit),
    });
  }
}

function correctPlan(data: CorrectPlan['data'], state: OpenPlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  assertPlanInDraft(state);
  if (!isCurrencyCode(data.currency)) throw new DomainError('invalid-currency', { currency: data.currency });
  if (data.currency === state.currency) return [];
  return [
    {
      type: 'PlanCorrected',
      data: {
        fiscalYear: state.fiscalYear,
        currency: data.currency,
        previousCurrency: state.currency,
        correctedBy: data.actor.userId,
      },
    },
  ];
}

function abandonPlan(data: AbandonPlan['data'], state: OpenPlanState): PlanEvent[] {
  authorize(data.actor, 'company', { divisions: [], people: [] });
  assertPlanInDraft(state);
  const reason = requireReason(data.reason);
  return [
    { type: 'PlanAbandoned', data: { fiscalYear: state.fiscalYear, reason, abandonedBy: data.actor.userId } },
  ];
}

function setTargets(data: SetTargets['data'], state: OpenPlanState): PlanEvent[] {
  const place = placeNode(data.node, data.org);
  authorize(data.actor, place.unit, data.org);
  const unit = state.units[place.unit];
  if (unit?.status === 'approved')
    throw new DomainError('approved-target-needs-revision', { unit: place.unit, node: place.node });
  if (unit?.status === 'submitted')
    throw new DomainError('target-awaiting-approval', { unit: place.unit, node: place.node });
  const current = state.nodes[place.node];
  // A salesperson moved to another division keeps the targets their old split approved: the new
  // split may not take them over by a plain edit and leave the old one short (issue 8 item 3).
  const held = current && current.unit !== place.unit ? state.units[current.unit] : undefined;
  if (held && (held.status !== 'draft' || held.approvedVersion !== null)) {
    throw new DomainError('node-in-other-split', {
      node: place.node,
      heldBy: held.unit,
      status: held.status,
      unit: place.unit,
    });
  }
  if (data.expectedRevision !== undefined && data.expectedRevision !== (current?.revision ?? 0)) {
    throw new ConflictError('stale-node', {
      node: place.node,
      expectedRevision: data.expectedRevision,
      revision: current?.revision ?? 0,
      changedBy: current?.changedBy ?? null,
    });
  }
  const { targets, regressions } = resolveNodeTargets(place.node, data.targets);
  assertRegressionsAcknowledged(regressions, data.acknowledgeRegressiveQuarters);
  return [
    {
      type: 'TargetsSet',
      data: {
        fiscalYear: state.fiscalYear,
        unit: place.unit,
        version: unit?.version ?? 1,
        node: place.node,
        divisionId: place.divisionId,
        personId: place.personId,
        targets,
        acknowledgedRegressions: regressions,
        setBy: data.actor.userId,
      },
    },
  ];
}

function submitTargets(data: SubmitTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  authorize(data.actor, unitId, data.org);
  const unit = state.units[unitId];
  if (!unit) throw new DomainError('unit-has-no-targets', { unit: unitId });
  if (unit.status !== 'draft')
    throw new DomainError('target-not-draft', { unit: unitId, status: unit.status });
  return [
    {
      type: 'TargetsSubmitted',
      data: {
        fiscalYear: state.fiscalYear,
        unit: unitId,
        version: unit.version,
        submittedBy: data.actor.userId,
      },
    },
  ];
}

function approveTargets(data: ApproveTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  const unit = requireSubmitted(state, unitId);
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

function rejectTargets(data: RejectTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  const unit = requireSubmitted(state, unitId);
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

function reviseTargets(data: ReviseTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  authorize(data.actor, unitId, data.org);
  const unit = state.units[unitId];
  if (unit?.status !== 'approved')
    throw new DomainError('target-not-approved', { unit: unitId, status: unit?.status ?? null });
  const reason = requireReason(data.reason);
  if (!data.changes?.length) throw new DomainError('no-targets-given', { unit: unitId });
  const regressions: RegressiveQuarter[] = [];
  const changes: NodeTargetsEntry[] = data.changes.map((change) => {
    const place = placeNode(change.node, data.org);
    if (place.unit !== unitId)
      throw new DomainError('node-not-in-unit', { node: place.node, unit: unitId, nodeUnit: place.unit });
    const resolved = resolveNodeTargets(place.node, change.targets);
    regressions.push(...resolved.regressions);
    return {
      node: place.node,
      divisionId: place.divisionId,
      personId: place.personId,
      targets: resolved.targets,
    };
  });
  assertRegressionsAcknowledged(regressions, data.acknowledgeRegressiveQuarters);
  return [
    {
      type: 'TargetsRevised',
      data: {
        fiscalYear: state.fiscalYear,
        unit: unitId,
        version: unit.version + 1,
        revisedBy: data.actor.userId,
        reason,
        changes,
        acknowledgedRegressions: regressions,
      },
    },
  ];
}

function excludeSalesperson(data: ExcludeSalesperson['data'], state: OpenPlanState): PlanEvent[] {
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
 * tree as of today) has targets in it or was excluded with a reason.
 */
function assertEverySalespersonPlanned(state: OpenPlanState, unitId: UnitId, org: OrgSnapshot): void {
  if (unitId === 'company') return;
  const division = org.divisions.find((d) => `division:${d.id}` === unitId);
  const excluded = state.units[unitId]?.excluded;
  const missing = (division?.salespeople ?? []).filter(
    (personId) =>
      state.nodes[`salesperson:${personId}`]?.unit !== unitId && excluded?.[personId] === undefined,
  );
  if (missing.length > 0) {
    throw new DomainError('salesperson-without-targets', {
      unit: unitId,
      personIds: missing,
      count: missing.length,
    });
  }
}

function requireSubmitted(state: OpenPlanState, unitId: UnitId) {
  const unit = state.units[unitId];
  if (!unit) throw new DomainError('unit-has-no-targets', { unit: unitId });
  if (unit.status !== 'submitted')
    throw new DomainError('target-not-submitted', { unit: unitId, status: unit.status });
  return unit;
}

function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed) throw new DomainError('reason-required', {});
  return trimmed;
}

/**
 * T2: no approval while a split is under-allocated. Approving a unit checks its own split and,
 * for the company, the splits of divisions already approved, since a revised division figure
 * could leave them short. An expense budget must not be handed out beyond the parent's either:
 * there "over" is the overspend.
 */
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
