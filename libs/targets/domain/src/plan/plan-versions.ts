import type { NodeId, NodeTargets, UnitId } from '@sales/targets/events';
import type { PlanEvent } from './plan-events';
import { transferVersions } from './plan-transfer-versions';

export type PlanVersionStatus = 'draft' | 'submitted' | 'approved' | 'superseded';

/** Who took a step and when it was recorded (ISO-8601; null where the event's time is unknown). */
export type PlanStep = Readonly<{ by: string; at: string | null }>;

/**
 * An approval: by the level above, or — only at the top of the tree, with nobody above — by the
 * submitter himself, recorded as a self-approval (issue 8 item 1).
 */
export type PlanApproval = PlanStep & Readonly<{ selfApproval: boolean }>;

/** A rejection of a version, with the figures it rejected: they stay readable after later edits. */
export type PlanRejection = PlanStep &
  Readonly<{ reason: string; nodes: Readonly<Partial<Record<NodeId, NodeTargets>>> }>;

/** One version of one split, as it was drafted, submitted, approved or superseded (T4). */
export type PlanVersion = Readonly<{
  unit: UnitId;
  version: number;
  status: PlanVersionStatus;
  /** The plan's currency (ISO 4217): money figures of `nodes` and `rejections` are integer 分 of it. */
  currency: string;
  /** The revision's reason; null for the first version. */
  reason: string | null;
  revisedBy: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  /** The first edit of the version (or its revision), its last submission and its approval. */
  drafted: PlanStep | null;
  submitted: PlanStep | null;
  approved: PlanApproval | null;
  rejections: readonly PlanRejection[];
  nodes: Readonly<Partial<Record<NodeId, NodeTargets>>>;
}>;

/** A plan event with who recorded it and when (from its envelope), when known. */
export type RecordedPlanEvent = PlanEvent & Readonly<{ time?: string; recordedBy?: string }>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Every version of every split, oldest first per unit: history is never lost. */
export function planVersions(events: readonly RecordedPlanEvent[]): PlanVersion[] {
  const versions: Mutable<PlanVersion>[] = [];
  // A plan is corrected only before anything is submitted: its currency is every version's since
  // it was opened (an abandoned plan's drafts keep theirs).
  let currency = '';
  let opened = 0;
  const latest = (unit: UnitId) => versions.filter((v) => v.unit === unit).at(-1);
  for (const event of events) {
    const at = event.time ?? null;
    switch (event.type) {
      case 'PlanOpened':
        currency = event.data.currency;
        opened = versions.length;
        break;
      case 'PlanCorrected':
        currency = event.data.currency;
        for (const v of versions.slice(opened)) v.currency = currency;
        break;
      case 'TargetsTransferOpened':
      case 'TargetsTransferApproved':
      case 'TargetsTransferred':
      case 'TargetsTransferRejected':
        transferVersions(versions, event, at, currency);
        break;
      case 'TargetsSet': {
        const { unit, node, targets } = event.data;
        let current = latest(unit);
        if (!current) {
          current = {
            unit,
            version: 1,
            status: 'draft',
            currency,
            reason: null,
            revisedBy: null,
            submittedBy: null,
            approvedBy: null,
            drafted: event.recordedBy ? { by: event.recordedBy, at } : null,
            submitted: null,
            approved: null,
            rejections: [],
            nodes: {},
          };
          versions.push(current);
        }
        current.nodes = { ...current.nodes, [node]: { ...current.nodes[node], ...targets } };
        break;
      }
      case 'TargetsSubmitted': {
        const current = latest(event.data.unit);
        if (current)
          Object.assign(current, {
            status: 'submitted',
            submittedBy: event.data.submittedBy,
            submitted: { by: event.data.submittedBy, at },
          });
        break;
      }
      case 'TargetsRejected': {
        const current = latest(event.data.unit);
        if (current) {
          current.status = 'draft';
          current.rejections = [
            ...current.rejections,
            { by: event.data.rejectedBy, at, reason: event.data.reason, nodes: current.nodes },
          ];
        }
        break;
      }
      case 'TargetsApproved': {
        for (const v of versions)
          if (v.unit === event.data.unit && v.status === 'approved') v.status = 'superseded';
        const current = latest(event.data.unit);
        if (current)
          Object.assign(current, {
            status: 'approved',
            approvedBy: event.data.approvedBy,
            approved: { by: event.data.approvedBy, at, selfApproval: event.data.selfApproval ?? false },
          });
        break;
      }
      case 'TargetsRevised': {
        const { unit, version, reason, revisedBy, changes } = event.data;
        const previous = latest(unit);
        const nodes: Partial<Record<NodeId, NodeTargets>> = { ...previous?.nodes };
        for (const change of changes) nodes[change.node] = { ...nodes[change.node], ...change.targets };
        versions.push({
          unit,
          version,
          status: 'submitted',
          currency,
          reason,
          revisedBy,
          submittedBy: revisedBy,
          approvedBy: null,
          drafted: { by: revisedBy, at },
          submitted: { by: revisedBy, at },
          approved: null,
          rejections: [],
          nodes,
        });
        break;
      }
    }
  }
  return versions;
}
