import { Inject, Injectable } from '@nestjs/common';
import { ORG_TREE_STREAM, orgTreeAsOf } from '@sales/org/events';
import type { Clock, Role } from '@sales/shared/domain';
import type { OrgSnapshot } from '@sales/targets/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/**
 * The org tree as targets knows it: folded from its own replica of org's published events, never
 * from org's database, as of today's business date (a change recorded for next month does not act
 * before then). Deciders get it as a plain snapshot in each command.
 */
@Injectable()
export class OrgSnapshotReader {
  constructor(
    @InjectContext('targets') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Where a person stands today in org's published tree, or undefined when not (yet) in it. */
  async placeOf(userId: string): Promise<{ role: Role; divisionId: string | null } | undefined> {
    const events = await this.runtime.replica('org').read(ORG_TREE_STREAM);
    const person = orgTreeAsOf(events, this.clock.today()).people.find((p) => p.id === userId);
    return person && { role: person.role, divisionId: person.divisionId };
  }

  async snapshot(): Promise<OrgSnapshot> {
    const events = await this.runtime.replica('org').read(ORG_TREE_STREAM);
    const tree = orgTreeAsOf(events, this.clock.today());
    return {
      divisions: tree.divisions.map((d) => ({
        id: d.id,
        managerId: d.managerId,
        salespeople: tree.people
          .filter((p) => p.divisionId === d.id && p.role === 'salesperson')
          .map((p) => p.id),
      })),
      people: tree.people.map(({ id, role, managerId }) => ({ id, role, managerId })),
    };
  }
}
