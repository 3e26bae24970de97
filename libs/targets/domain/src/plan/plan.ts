import { type Aggregate, ConflictError, DomainError, NotFoundError, assertNever } from '@sales/shared/domain';
import { type NodeTargetsEntry } from '@sales/targets/events';
import { placeNode } from '../org-snapshot';
import { authorize, parseUnit } from './plan-authorization';
import type { PlanCommand, ReviseTargets, SetTargets, SubmitTargets } from './plan-commands';
import type { PlanEvent, RegressiveQuarter } from './plan-events';
import { publishPlanEvent } from './plan-publication';
import { abandonPlan, correctPlan, openPlan } from './plan-lifecycle';
import { approveTargets, excludeSalesperson, rejectTargets } from './plan-decisions';
import { assertNotHeldElsewhere, assertNotInTransfer, requireReason } from './plan-guards';
import { approveTargetsTransfer, rejectTargetsTransfer, transferSalespersonTargets } from './plan-transfer';
import { type OpenPlanState, type PlanState, evolvePlan, initialPlanState } from './plan-state';
import { assertRegressionsAcknowledged, resolveNodeTargets } from './target-resolution';

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
    case 'TransferSalespersonTargets':
      return transferSalespersonTargets(command.data, state);
    case 'ApproveTargetsTransfer':
      return approveTargetsTransfer(command.data, state);
    case 'RejectTargetsTransfer':
      return rejectTargetsTransfer(command.data, state);
    case 'CorrectPlan':
      return correctPlan(command.data, state);
    case 'AbandonPlan':
      return abandonPlan(command.data, state);
    default:
      return assertNever(command);
  }
}

function setTargets(data: SetTargets['data'], state: OpenPlanState): PlanEvent[] {
  const place = placeNode(data.node, data.org);
  authorize(data.actor, place.unit, data.org);
  const current = state.nodes[place.node];
  // A salesperson moved to another division keeps the targets their old split approved: the new
  // split may not take them over by a plain edit and leave the old one short (issue 8 item 3);
  // a transfer moves them. Said first: whatever the new split's state, that is the reason.
  assertNotHeldElsewhere(state, place.node, place.unit);
  const unit = state.units[place.unit];
  if (unit?.status === 'approved')
    throw new DomainError('approved-target-needs-revision', { unit: place.unit, node: place.node });
  if (unit?.status === 'submitted')
    throw new DomainError('target-awaiting-approval', { unit: place.unit, node: place.node });
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

function reviseTargets(data: ReviseTargets['data'], state: OpenPlanState): PlanEvent[] {
  const unitId = parseUnit(data.unit, data.org);
  authorize(data.actor, unitId, data.org);
  assertNotInTransfer(state, unitId);
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
    // Nor by a revision of the new split: that too would leave the old one short (issue 8 item 3).
    assertNotHeldElsewhere(state, place.node, unitId);
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
