/* How a transfer of a moved salesperson's targets folds into the plan (issue 8 item 3). */
import { type IdRecord, emptyIdRecord, withId, withoutId } from '@sales/shared/domain';
import type { NodeId, UnitId } from '@sales/targets/events';
import type { RegressiveQuarter } from './plan-events';
import type { OpenPlanState, PlanUnit } from './plan-state';
import type { TransferEvent, TransferRevision } from './plan-transfer-events';

/** A transfer opened and not yet decided; its splits are submitted, their approved figures in force. */
export type PlanTransfer = Readonly<{
  personId: string;
  node: NodeId;
  from: UnitId;
  to: UnitId;
  reason: string;
  openedBy: string;
  revisions: readonly TransferRevision[];
  /** The splits approved so far, each with its approver. */
  approvals: IdRecord<string>;
  /** The nodes it changes: the person's and both divisions'. */
  nodes: readonly NodeId[];
  /** Division quarters it leaves below the one before, for the approvers to see. */
  regressions: readonly RegressiveQuarter[];
}>;

export function evolveTransfer(state: OpenPlanState, event: TransferEvent): OpenPlanState {
  switch (event.type) {
    case 'TargetsTransferOpened': {
      const { personId, node, from, to, reason, openedBy, revisions, changes, regressions } = event.data;
      let nodes = state.nodes;
      for (const change of changes) {
        const previous = nodes[change.node];
        nodes = withId(nodes, change.node, {
          ...change,
          // The person's node is worked on in his new division's split; the divisions' in the company's.
          unit: change.node === node ? to : 'company',
          revision: (previous?.revision ?? 0) + 1,
          changedBy: openedBy,
        });
      }
      let units = state.units;
      for (const { unit, version } of revisions) {
        units = withId<PlanUnit>(units, unit, {
          ...units[unit],
          status: 'submitted',
          version,
          revisionReason: reason,
          submittedBy: openedBy,
        });
      }
      const transfer: PlanTransfer = {
        personId,
        node,
        from,
        to,
        reason,
        openedBy,
        revisions,
        approvals: emptyIdRecord(),
        nodes: changes.map((c) => c.node),
        regressions,
      };
      return { ...state, nodes, units, transfers: withId(state.transfers, personId, transfer) };
    }
    case 'TargetsTransferApproved': {
      const transfer = state.transfers[event.data.personId];
      if (!transfer) return state;
      let approvals = transfer.approvals;
      for (const unit of event.data.units) approvals = withId(approvals, unit, event.data.approvedBy);
      return {
        ...state,
        transfers: withId(state.transfers, transfer.personId, { ...transfer, approvals }),
      };
    }
    case 'TargetsTransferred': {
      const { personId, to } = event.data;
      let approved = state.approved;
      let units = state.units;
      for (const side of event.data.approved) {
        for (const entry of side.nodes) {
          approved = withId(
            approved,
            entry.node,
            state.nodes[entry.node] ?? { ...entry, unit: side.unit, revision: 0, changedBy: null },
          );
        }
        units = withId<PlanUnit>(units, side.unit, {
          ...units[side.unit],
          status: 'approved',
          approvedVersion: side.version,
          revisionReason: null,
        });
      }
      // He now has targets in his new division's split: an exclusion of him there is void.
      const joined = units[to];
      if (joined?.excluded?.[personId] !== undefined) {
        units = withId<PlanUnit>(units, to, { ...joined, excluded: withoutId(joined.excluded, personId) });
      }
      return { ...state, approved, units, transfers: withoutId(state.transfers, personId) };
    }
    case 'TargetsTransferRejected': {
      const transfer = state.transfers[event.data.personId];
      if (!transfer) return state;
      // Every node it changed returns to the figures in force; as a change, so a stale edit is refused.
      let nodes = state.nodes;
      for (const id of transfer.nodes) {
        const inForce = state.approved[id];
        nodes = inForce
          ? withId(nodes, id, {
              ...inForce,
              revision: (nodes[id]?.revision ?? 0) + 1,
              changedBy: event.data.rejectedBy,
            })
          : withoutId(nodes, id);
      }
      let units = state.units;
      for (const { unit } of transfer.revisions) {
        units = withId<PlanUnit>(units, unit, { ...units[unit], status: 'approved', revisionReason: null });
      }
      return { ...state, nodes, units, transfers: withoutId(state.transfers, transfer.personId) };
    }
  }
}
