import { type IdRecord, emptyIdRecord, withId, withoutId } from '@sales/shared/domain';
import type { NodeTargetsEntry, UnitId } from '@sales/targets/events';
import type { PlanEvent } from './plan-events';
import { type PlanTransfer, evolveTransfer } from './plan-transfer-state';

export type UnitStatus = 'draft' | 'submitted' | 'approved';

/** An approval unit (see UnitId) and where it stands in draft → submitted → approved. */
export type PlanUnit = Readonly<{
  unit: UnitId;
  status: UnitStatus;
  version: number;
  /** The version currently in force, if any was approved; a pending revision does not replace it. */
  approvedVersion: number | null;
  /** Reason of the revision under way, if the current version is one. */
  revisionReason: string | null;
  /** Who submitted (or revised) the version awaiting a decision: never its approver, but at the top. */
  submittedBy: string | null;
  /** Salespeople of a division's split left without targets on purpose, with the reason. */
  excluded?: IdRecord<string>;
}>;

export type PlanNode = NodeTargetsEntry &
  Readonly<{
    unit: UnitId;
    /** Changes of this node's figures so far (its ETag): an edit based on an older one is refused. */
    revision: number;
    /** Who made the last change, when the event says. */
    changedBy: string | null;
  }>;

export type PlanState =
  | Readonly<{ status: 'not-opened' }>
  /** Abandoned while in draft: its history stays, and the year may be opened again. */
  | Readonly<{ status: 'abandoned'; fiscalYear: number; reason: string }>
  | Readonly<{
      status: 'open';
      fiscalYear: number;
      currency: string;
      /** The figures being worked on: approved, or a draft / submitted version replacing them. */
      nodes: IdRecord<PlanNode>;
      /** The figures in force: each node as its unit's last approved version has it. */
      approved: IdRecord<PlanNode>;
      units: IdRecord<PlanUnit>;
      /** Transfers of moved salespeople's targets awaiting approval, by person (issue 8 item 3). */
      transfers: IdRecord<PlanTransfer>;
    }>;

export type OpenPlanState = Extract<PlanState, { status: 'open' }>;

export const initialPlanState = (): PlanState => ({ status: 'not-opened' });

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'PlanOpened') {
    return {
      status: 'open',
      fiscalYear: event.data.fiscalYear,
      currency: event.data.currency,
      nodes: emptyIdRecord(),
      approved: emptyIdRecord(),
      units: emptyIdRecord(),
      transfers: emptyIdRecord(),
    };
  }
  if (state.status !== 'open') return state;
  if (event.type === 'PlanCorrected') return { ...state, currency: event.data.currency };
  if (event.type === 'PlanAbandoned') {
    return { status: 'abandoned', fiscalYear: state.fiscalYear, reason: event.data.reason };
  }
  const units = state.units;
  switch (event.type) {
    case 'TargetsSet': {
      const { unit, node, divisionId, personId, targets, version, setBy } = event.data;
      const previous = state.nodes[node];
      const before = previous?.targets ?? {};
      const current = units[unit];
      return {
        ...state,
        nodes: withId(state.nodes, node, {
          node,
          unit,
          divisionId,
          personId,
          targets: { ...before, ...targets },
          revision: (previous?.revision ?? 0) + 1,
          changedBy: setBy ?? null,
        }),
        units: withId<PlanUnit>(
          units,
          unit,
          current
            ? { ...current, version }
            : {
                unit,
                status: 'draft',
                version,
                approvedVersion: null,
                revisionReason: null,
                submittedBy: null,
              },
        ),
      };
    }
    case 'TargetsSubmitted':
      return {
        ...state,
        units: withId(units, event.data.unit, {
          ...units[event.data.unit],
          status: 'submitted',
          submittedBy: event.data.submittedBy,
        }),
      };
    case 'TargetsApproved': {
      const { unit, version, nodes } = event.data;
      let approved = state.approved;
      for (const entry of nodes)
        approved = withId(
          approved,
          entry.node,
          state.nodes[entry.node] ?? { ...entry, unit, revision: 0, changedBy: null },
        );
      return {
        ...state,
        approved,
        units: withId(units, unit, { ...units[unit], status: 'approved', approvedVersion: version }),
      };
    }
    case 'TargetsRejected': {
      const current = units[event.data.unit];
      if (current.approvedVersion === null) {
        // A first version sent back is a draft again, to be corrected and resubmitted.
        return { ...state, units: withId(units, event.data.unit, { ...current, status: 'draft' }) };
      }
      // A revision sent back: the unit returns to its approved figures, which never stopped being in
      // force; the rejected figures stay readable in the version history.
      // Each restored node counts as a change, so an edit based on the rejected figures is stale.
      let nodes = state.nodes;
      for (const node of Object.values(nodes)) {
        if (node.unit !== current.unit) continue;
        const inForce = state.approved[node.node];
        nodes = inForce
          ? withId(nodes, node.node, {
              ...inForce,
              revision: node.revision + 1,
              changedBy: event.data.rejectedBy,
            })
          : withoutId(nodes, node.node);
      }
      return {
        ...state,
        nodes,
        units: withId(units, event.data.unit, { ...current, status: 'approved', revisionReason: null }),
      };
    }
    case 'SalespersonExcluded': {
      const { unit, personId, reason } = event.data;
      const current = units[unit];
      const base: PlanUnit = current ?? {
        unit,
        status: 'draft',
        version: 1,
        approvedVersion: null,
        revisionReason: null,
        submittedBy: null,
      };
      return {
        ...state,
        units: withId(units, unit, {
          ...base,
          excluded: withId(base.excluded ?? emptyIdRecord(), personId, reason),
        }),
      };
    }
    case 'TargetsTransferOpened':
    case 'TargetsTransferApproved':
    case 'TargetsTransferred':
    case 'TargetsTransferRejected':
      return evolveTransfer(state, event);
    case 'TargetsRevised': {
      const { unit, version, reason, changes, revisedBy } = event.data;
      let nodes = state.nodes;
      for (const change of changes) {
        const previous = nodes[change.node];
        nodes = withId(nodes, change.node, {
          ...change,
          unit,
          targets: { ...(previous?.targets ?? {}), ...change.targets },
          revision: (previous?.revision ?? 0) + 1,
          changedBy: revisedBy,
        });
      }
      return {
        ...state,
        nodes,
        units: withId(units, unit, {
          ...units[unit],
          status: 'submitted',
          version,
          revisionReason: reason,
          submittedBy: revisedBy,
        }),
      };
    }
  }
}

export function nodesOfUnit(state: OpenPlanState, unit: UnitId): PlanNode[] {
  return Object.values(state.nodes).filter((n) => n.unit === unit);
}
