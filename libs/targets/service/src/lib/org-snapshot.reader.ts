import { Injectable } from '@nestjs/common';
import { type OrgEvent, divisionManagerOf, foldOrgDirectory, isInTree } from '@sales/org/events';
import type { OrgSnapshot } from '@sales/targets/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** Stream of the org tree, as org publishes it. */
const ORG_TREE_STREAM = 'org-tree';

/**
 * The org tree as targets knows it: folded from its own replica of org's published events, never
 * from org's database. Deciders get it as a plain snapshot in each command.
 */
@Injectable()
export class OrgSnapshotReader {
  constructor(@InjectContext('targets') private readonly runtime: ContextRuntime) {}

  async snapshot(): Promise<OrgSnapshot> {
    const events = await this.runtime.replica('org').read(ORG_TREE_STREAM);
    const directory = foldOrgDirectory(events.map((e) => ({ type: e.type, data: e.data }) as OrgEvent));
    const people = Object.values(directory.people).filter(isInTree);
    return {
      divisions: Object.values(directory.divisions).map((d) => ({
        id: d.id,
        managerId: divisionManagerOf(directory, d.id)?.id ?? null,
        salespeople: people.filter((p) => p.divisionId === d.id && p.role === 'salesperson').map((p) => p.id),
      })),
    };
  }
}
