import { Inject, Injectable } from '@nestjs/common';
import {
  ORG_TREE_STREAM,
  type OrgTree,
  namesInTree,
  orgTreeAsOf,
  personSigningInAs,
} from '@sales/org/events';
import type { OrgPlace } from '@sales/shared/auth';
import type { Clock } from '@sales/shared/domain';
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

  private latest?: { key: string; tree: OrgTree };

  /** Who signs in with `subject` and where they stand today in org's published tree, if anyone does. */
  async placeOf(subject: string): Promise<OrgPlace | undefined> {
    const person = personSigningInAs(await this.treeToday(), subject);
    return person && { personId: person.id, role: person.role, divisionId: person.divisionId };
  }

  /** Whether `personId` is someone in today's tree (whatever subject they sign in with). */
  async hasPerson(personId: string): Promise<boolean> {
    return (await this.treeToday()).people.some((p) => p.id === personId);
  }

  /** Names of the divisions and people among `ids`, as of today (for refusals people read). */
  async namesOf(ids: readonly string[]): Promise<Record<string, string>> {
    return namesInTree(await this.treeToday(), ids);
  }

  async snapshot(): Promise<OrgSnapshot> {
    const tree = await this.treeToday();
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

  /**
   * Every request resolves its actor here and every command takes a snapshot: the tree is folded
   * once per copy version (its last event) and business date, not on each call.
   */
  private async treeToday(): Promise<OrgTree> {
    const events = await this.runtime.replica('org').read(ORG_TREE_STREAM);
    const today = this.clock.today();
    const key = `${events.length}\u0000${events.at(-1)?.id ?? ''}\u0000${today}`;
    if (this.latest?.key !== key) this.latest = { key, tree: orgTreeAsOf(events, today) };
    return this.latest.tree;
  }
}
