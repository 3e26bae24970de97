import { Inject, Injectable } from '@nestjs/common';
import type { OrgChangeFact } from '@sales/kpi/projections';
import { type CopiedOrgEvent, type OrgTree, OrgTreeCopy } from '@sales/org/events';
import type { ActorDirectory } from '@sales/shared/auth';
import type { Clock } from '@sales/shared/domain';
import { CLOCK } from '@sales/shared/runtime';
import { type FactSource, KPI_FACT_SOURCE } from '../fact-store/fact-source.port';

/** A date after every effective date: the tree with every recorded change applied (who was ever hired). */
const EVERYTHING = '9999-12-31';

/**
 * Org's published changes as the KPI read model holds them, in recording order (org's fold breaks
 * ties between changes of one effective date by that order, and a fact store need not keep it).
 */
export function orgEventsOf(changes: readonly OrgChangeFact[]): CopiedOrgEvent[] {
  return [...changes]
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.factId.localeCompare(b.factId))
    .map((change) => ({ id: change.eventId, ...change.event }));
}

/**
 * The org tree as the KPI API knows it: it has no replica of org's stream — the `org-change`
 * facts of the active read-model version are its view, folded with org's own `orgTreeAsOf`. Today's
 * tree decides who the caller is and what they may see (never the token); the tree as of a
 * period's dates decides where people were; names label subjects and refusals.
 */
@Injectable()
export class KpiOrg extends OrgTreeCopy {
  private folded: { changes: readonly OrgChangeFact[]; length: number; events: CopiedOrgEvent[] } | null =
    null;

  constructor(
    @Inject(KPI_FACT_SOURCE) private readonly facts: FactSource,
    @Inject(CLOCK) clock: Clock,
  ) {
    super(
      () => this.events(),
      () => clock.today(),
    );
  }

  /** Every recorded org change, in recording order (sorted once per change of the snapshot). */
  async events(): Promise<readonly CopiedOrgEvent[]> {
    const changes = (await this.facts.snapshot()).of('org-change');
    if (this.folded?.changes !== changes || this.folded.length !== changes.length)
      this.folded = { changes, length: changes.length, events: orgEventsOf(changes) };
    return this.folded.events;
  }

  /** The tree with every recorded change applied, future-dated ones included: who exists at all. */
  async everyone(): Promise<OrgTree> {
    return this.treeAsOf(EVERYTHING);
  }

  /** Whether a person was ever hired (a leaver's and a future hire's figures can still be asked for). */
  async knowsPerson(personId: string): Promise<boolean> {
    return (await this.everyone()).people.some((p) => p.id === personId);
  }

  async knowsDivision(divisionId: string): Promise<boolean> {
    return (await this.everyone()).divisions.some((d) => d.id === divisionId);
  }

  /** Names of people and divisions, the latest recorded (for labels and refusals). */
  async latestNamesOf(ids: readonly string[]): Promise<Record<string, string>> {
    const wanted = new Set(ids);
    const names: Record<string, string> = {};
    const tree = await this.everyone();
    for (const { id, name } of [...tree.divisions, ...tree.people]) if (wanted.has(id)) names[id] = name;
    return names;
  }

  /** The KPI API's answer to "who is this?" where no context with a copy of org's tree is mounted. */
  directory(): ActorDirectory {
    return {
      // After org itself (0) and the contexts' replicas (1): the projector's facts may lag both.
      priority: 2,
      placeOf: (subject) => this.placeOf(subject),
      hasPerson: (personId) => this.hasPerson(personId),
    };
  }
}
