import type { Role } from '@sales/shared/domain';
import type { BusinessDate } from './org-events';
import type { ReceivedOrgEvent } from './org-event-versions';
import { type OrgTree, namesInTree, orgTreeAsOf, personSigningInAs } from './org-tree-as-of';

/** A received org event with its id (an envelope or its copy): what tells one copy version from the next. */
export type CopiedOrgEvent = ReceivedOrgEvent & Readonly<{ id: string }>;

/**
 * A subscriber's view of org's tree, kept in its own copy of org's published stream: the tree as
 * of any business date, folded once per copy version and date (every request asks who its caller
 * is, and every command reads the tree — mostly for today, sometimes for a visit's or an
 * expense's own date). A context's service wraps it with its replica and its clock.
 */
export class OrgTreeCopy {
  private version = '';
  private readonly byDate = new Map<BusinessDate, OrgTree>();

  constructor(
    private readonly read: () => Promise<readonly CopiedOrgEvent[]>,
    private readonly today: () => BusinessDate,
    private readonly keep = 8,
  ) {}

  async treeAsOf(date: BusinessDate): Promise<OrgTree> {
    const events = await this.read();
    const version = `${events.length}\u0000${events.at(-1)?.id ?? ''}`;
    if (version !== this.version) {
      this.version = version;
      this.byDate.clear();
    }
    let tree = this.byDate.get(date);
    if (tree === undefined) {
      tree = orgTreeAsOf(events, date);
      this.byDate.set(date, tree);
      if (this.byDate.size > this.keep) this.byDate.delete(this.byDate.keys().next().value as string);
    }
    return tree;
  }

  treeToday(): Promise<OrgTree> {
    return this.treeAsOf(this.today());
  }

  /** Who signs in with `subject` and where they stand today, or undefined when nobody does (yet). */
  async placeOf(
    subject: string,
  ): Promise<Readonly<{ personId: string; role: Role; divisionId: string | null }> | undefined> {
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
}
