/* The versions a transfer of a moved salesperson's targets makes of each split it changes (T4). */
import type { NodeId, NodeTargets, UnitId } from '@sales/targets/events';
import type { PlanVersion } from './plan-versions';
import type { TransferEvent } from './plan-transfer-events';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Versions = Mutable<PlanVersion>[];

const latest = (versions: Versions, unit: UnitId) => versions.filter((v) => v.unit === unit).at(-1);

/** Folds one transfer event into the version history, as a revision of each split would be. */
export function transferVersions(
  versions: Versions,
  event: TransferEvent,
  at: string | null,
  currency: string,
): void {
  switch (event.type) {
    case 'TargetsTransferOpened': {
      const { node, from, to, reason, openedBy, revisions, changes } = event.data;
      for (const { unit, version } of revisions) {
        const nodes: Partial<Record<NodeId, NodeTargets>> = { ...latest(versions, unit)?.nodes };
        if (unit === from) delete nodes[node];
        for (const change of changes) {
          if ((change.node === node ? to : 'company') === unit) nodes[change.node] = change.targets;
        }
        versions.push({
          unit,
          version,
          status: 'submitted',
          currency,
          reason,
          revisedBy: openedBy,
          submittedBy: openedBy,
          approvedBy: null,
          drafted: { by: openedBy, at },
          submitted: { by: openedBy, at },
          approved: null,
          rejections: [],
          nodes,
        });
      }
      break;
    }
    case 'TargetsTransferApproved':
      // Each split records its own approver and when, though none is in force before the last.
      for (const unit of event.data.units) {
        const current = latest(versions, unit);
        if (current) {
          current.approvedBy = event.data.approvedBy;
          current.approved = { by: event.data.approvedBy, at, selfApproval: event.data.selfApproval };
        }
      }
      break;
    case 'TargetsTransferred':
      for (const { unit, approvedBy } of event.data.approved) {
        const current = latest(versions, unit);
        for (const v of versions) if (v.unit === unit && v.status === 'approved') v.status = 'superseded';
        if (current) {
          current.status = 'approved';
          current.approvedBy ??= approvedBy;
          current.approved ??= { by: approvedBy, at, selfApproval: false };
        }
      }
      break;
    case 'TargetsTransferRejected':
      for (const { unit } of event.data.revisions) {
        const current = latest(versions, unit);
        if (!current) continue;
        current.status = 'draft';
        current.approvedBy = null;
        current.approved = null;
        current.rejections = [
          ...current.rejections,
          { by: event.data.rejectedBy, at, reason: event.data.reason, nodes: current.nodes },
        ];
      }
      break;
  }
}
