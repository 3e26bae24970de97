import type { NodeId, NodeTargets, PlanEvent, UnitId } from '@sales/targets/events';

export type PlanVersionStatus = 'draft' | 'submitted' | 'approved' | 'superseded';

/** One version of one split, as it was drafted, submitted, approved or superseded (T4). */
export type PlanVersion = Readonly<{
  unit: UnitId;
  version: number;
  status: PlanVersionStatus;
  /** The revision's reason; null for the first version. */
  reason: string | null;
  revisedBy: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  rejections: ReadonlyArray<Readonly<{ by: string; reason: string }>>;
  nodes: Readonly<Partial<Record<NodeId, NodeTargets>>>;
}>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Every version of every split, oldest first per unit: history is never lost. */
export function planVersions(events: readonly PlanEvent[]): PlanVersion[] {
  const versions: Mutable<PlanVersion>[] = [];
  const latest = (unit: UnitId) => versions.filter((v) => v.unit === unit).at(-1);
  for (const event of events) {
    switch (event.type) {
      case 'PlanOpened':
        break;
      case 'TargetsSet': {
        const { unit, node, targets } = event.data;
        let current = latest(unit);
        if (!current) {
          current = {
            unit,
            version: 1,
            status: 'draft',
            reason: null,
            revisedBy: null,
            submittedBy: null,
            approvedBy: null,
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
        if (current) Object.assign(current, { status: 'submitted', submittedBy: event.data.submittedBy });
        break;
      }
      case 'TargetsRejected': {
        const current = latest(event.data.unit);
        if (current) {
          current.status = 'draft';
          current.rejections = [
            ...current.rejections,
            { by: event.data.rejectedBy, reason: event.data.reason },
          ];
        }
        break;
      }
      case 'TargetsApproved': {
        for (const v of versions)
          if (v.unit === event.data.unit && v.status === 'approved') v.status = 'superseded';
        const current = latest(event.data.unit);
        if (current) Object.assign(current, { status: 'approved', approvedBy: event.data.approvedBy });
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
          reason,
          revisedBy,
          submittedBy: revisedBy,
          approvedBy: null,
          rejections: [],
          nodes,
        });
        break;
      }
    }
  }
  return versions;
}
