/*
 * Transferring a moved salesperson's targets (issue 8 item 3). When the org tree (as of today)
 * puts a salesperson in another division than the approved split holding his targets, nobody
 * may take them over by an edit (`node-in-other-split`); instead a transfer, with a reason,
 * revises at once every split it touches — the old division's (without him), the new one's
 * (with him, figures unchanged) and the company's (his figures leave the old division's figure
 * for the new one's) — and each of them is approved by the level above its owner. Until all are,
 * the approved figures stay in force; a rejection by any approver restores them all.
 */
import { type Actor, DomainError, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import type { NodeTargetsEntry, UnitId } from '@sales/targets/events';
import { type OrgSnapshot, placeNode, salespersonNode } from '../org-snapshot';
import { authorize, decisionFor } from './plan-authorization';
import type {
  ApproveTargetsTransfer,
  RejectTargetsTransfer,
  TransferSalespersonTargets,
} from './plan-commands';
import type { PlanEvent } from './plan-events';
import { requireReason } from './plan-guards';
import { type OpenPlanState, nodesOfUnit } from './plan-state';
import { moveDivisionFigures } from './plan-transfer-figures';
import type { PlanTransfer } from './plan-transfer-state';

export function transferSalespersonTargets(
  data: TransferSalespersonTargets['data'],
  state: OpenPlanState,
): PlanEvent[] {
  const node = salespersonNode(data.personId);
  const open = state.transfers[data.personId];
  if (open) throw new DomainError('transfer-already-open', { node, from: open.from, to: open.to });
  const place = placeNode(node, data.org);
  const held = state.nodes[place.node];
  if (!held) throw new NotFoundError('unknown-node-targets', { node, fiscalYear: state.fiscalYear });
  const [from, to] = [held.unit, place.unit];
  if (from === to) throw new DomainError('nothing-to-transfer', { node, unit: to });
  authorizeEitherSide(data.actor, node, from, to, data.org);

  const source = state.units[from];
  if (source.status === 'submitted') throw new DomainError('target-awaiting-approval', { unit: from, node });
  // Figures never approved are still a draft: the new division's manager simply sets them.
  if (source.approvedVersion === null)
    throw new DomainError('transfer-not-needed', { node, heldBy: from, unit: to });
  const target = state.units[to];
  if (target?.status !== 'approved') {
    throw new DomainError('transfer-needs-approved-split', {
      node,
      unit: to,
      status: target?.status ?? 'draft',
    });
  }
  const company = state.units['company'];
  if (company?.status !== 'approved')
    throw new DomainError('target-awaiting-approval', { unit: 'company', node: 'company' });
  const reason = requireReason(data.reason);

  const fromDivision = from.slice('division:'.length);
  const toDivision = to.slice('division:'.length);
  const divisions = moveDivisionFigures(
    held.targets,
    node,
    { divisionId: fromDivision, node: state.nodes[`division:${fromDivision}`] },
    { divisionId: toDivision, node: state.nodes[`division:${toDivision}`] },
    state.currency,
  );
  const person: NodeTargetsEntry = {
    node,
    divisionId: place.divisionId,
    personId: place.personId,
    targets: held.targets,
  };
  return [
    {
      type: 'TargetsTransferOpened',
      data: {
        fiscalYear: state.fiscalYear,
        personId: data.personId,
        node,
        from,
        to,
        reason,
        openedBy: data.actor.userId,
        revisions: [
          { unit: from, version: source.version + 1 },
          { unit: to, version: target.version + 1 },
          { unit: 'company', version: company.version + 1 },
        ],
        changes: [person, ...divisions.changes],
        regressions: divisions.regressions,
      },
    },
  ];
}

export function approveTargetsTransfer(
  data: ApproveTargetsTransfer['data'],
  state: OpenPlanState,
): PlanEvent[] {
  const transfer = requireTransfer(state, data.personId);
  // Approved on a tree that has moved him again, it would put his figures where he no longer is.
  const place = placeNode(transfer.node, data.org);
  if (place.unit !== transfer.to) {
    throw new DomainError('transfer-outdated', {
      node: transfer.node,
      unit: transfer.to,
      nodeUnit: place.unit,
    });
  }
  const awaited = transfer.revisions.filter((r) => transfer.approvals[r.unit] === undefined);
  // One approval covers every split the actor is the approver of: where the same person (usually
  // the VP) is the level above both divisions' managers and the company, one approval does all.
  const mine = decisionsOf(
    data.actor,
    awaited.map((r) => r.unit),
    data.org,
    transfer.openedBy,
  );
  const events: PlanEvent[] = [
    {
      type: 'TargetsTransferApproved',
      data: {
        fiscalYear: state.fiscalYear,
        personId: transfer.personId,
        units: mine.map((d) => d.unit),
        approvedBy: data.actor.userId,
        selfApproval: mine.some((d) => d.selfApproval),
      },
    },
  ];
  if (mine.length < awaited.length) return events;
  const approvers = { ...transfer.approvals } as Record<string, string>;
  return [
    ...events,
    {
      type: 'TargetsTransferred',
      data: {
        fiscalYear: state.fiscalYear,
        currency: state.currency,
        personId: transfer.personId,
        node: transfer.node,
        from: transfer.from,
        to: transfer.to,
        approved: transfer.revisions.map(({ unit, version }) => ({
          unit,
          version,
          approvedBy: approvers[unit] ?? data.actor.userId,
          nodes: nodesOfUnit(state, unit).map(({ node, divisionId, personId, targets }) => ({
            node,
            divisionId,
            personId,
            targets,
          })),
        })),
      },
    },
  ];
}

export function rejectTargetsTransfer(
  data: RejectTargetsTransfer['data'],
  state: OpenPlanState,
): PlanEvent[] {
  const transfer = requireTransfer(state, data.personId);
  // The approver of any of its splits may send it back, even one who approved his own already.
  decisionsOf(
    data.actor,
    transfer.revisions.map((r) => r.unit),
    data.org,
    transfer.openedBy,
  );
  const reason = requireReason(data.reason);
  return [
    {
      type: 'TargetsTransferRejected',
      data: {
        fiscalYear: state.fiscalYear,
        personId: transfer.personId,
        node: transfer.node,
        from: transfer.from,
        to: transfer.to,
        revisions: transfer.revisions,
        rejectedBy: data.actor.userId,
        reason,
      },
    },
  ];
}

function requireTransfer(state: OpenPlanState, personId: string): PlanTransfer {
  const transfer = state.transfers[personId];
  if (!transfer) {
    throw new NotFoundError('unknown-transfer', {
      node: salespersonNode(personId),
      fiscalYear: state.fiscalYear,
    });
  }
  return transfer;
}

/** Either division's manager (or the VP, or an admin keying it in) opens a transfer. */
function authorizeEitherSide(actor: Actor, node: string, from: UnitId, to: UnitId, org: OrgSnapshot): void {
  for (const unit of [from, to]) {
    try {
      authorize(actor, unit, org);
      return;
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
    }
  }
  throw new ForbiddenError('not-party-to-transfer', { node, from, to, userId: actor.userId });
}

/**
 * The splits among `units` the actor decides (the level above each one's owner, never the one who
 * opened the transfer unless nobody is above him: decisionFor); refused with the first split's
 * refusal (naming its approver) when he decides none of them.
 */
function decisionsOf(
  actor: Actor,
  units: readonly UnitId[],
  org: OrgSnapshot,
  openedBy: string,
): { unit: UnitId; selfApproval: boolean }[] {
  const mine: { unit: UnitId; selfApproval: boolean }[] = [];
  let refusal: ForbiddenError | undefined;
  for (const unit of units) {
    try {
      mine.push({ unit, selfApproval: decisionFor(actor, unit, org, openedBy).selfApproval });
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      refusal ??= error;
    }
  }
  if (mine.length === 0 && refusal) throw refusal;
  return mine;
}
