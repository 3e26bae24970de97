import type { Actor } from '@sales/shared/domain';
import type { NodeId, NodeTargets, UnitId } from '@sales/targets/events';
import { canRead } from '../data-scope';
import type { OrgSnapshot } from '../org-snapshot';
import type { PlanVersion } from './plan-versions';

/*
 * Beyond data scope (issue 8 readability): a salesperson sees whether her own targets are
 * approved, and their history; a manager sees the status of the split above his division's
 * figures. Each sees the split that holds a node they read — its status and steps, and of its
 * figures only the nodes they read.
 */

type Figures = Readonly<Partial<Record<NodeId, NodeTargets>>>;

/** The nodes of `figures` the actor reads. */
function readable(figures: Figures, actor: Actor, org: OrgSnapshot): Figures {
  return Object.fromEntries(
    Object.entries(figures).filter(([node]) => canRead(actor, node as NodeId, org)),
  ) as Figures;
}

/** Does the actor read the split itself, or only some of the nodes it holds? */
export function unitVisibility(
  actor: Actor,
  unit: UnitId,
  nodeUnits: ReadonlySet<UnitId>,
  org: OrgSnapshot,
): 'whole' | 'status' | 'none' {
  if (canRead(actor, unit, org)) return 'whole';
  return nodeUnits.has(unit) ? 'status' : 'none';
}

/** The versions the actor may read: whole ones of the splits in scope, and of the splits holding a node they read, that node's figures and the steps. */
export function versionsFor(versions: readonly PlanVersion[], actor: Actor, org: OrgSnapshot): PlanVersion[] {
  return versions.flatMap((version) => {
    if (canRead(actor, version.unit, org)) return [version];
    const nodes = readable(version.nodes, actor, org);
    const rejections = version.rejections.map((r) => ({ ...r, nodes: readable(r.nodes, actor, org) }));
    const holdsOwn = Object.keys(nodes).length > 0 || rejections.some((r) => Object.keys(r.nodes).length > 0);
    return holdsOwn ? [{ ...version, nodes, rejections }] : [];
  });
}
