import { Inject, Injectable } from '@nestjs/common';
import type { OrgPlace } from '@sales/shared/auth';
import { type Actor, type Clock, NotFoundError } from '@sales/shared/domain';
import {
  type OrgCommand,
  type OrgCommandContext,
  type OrgEvent,
  directoryAsOf,
  orgTree,
  orgTreeDecider,
} from '@sales/org/domain';
import { ORG_TREE_STREAM, type OrgTree, namesInTree, personSigningInAs } from '@sales/org/events';
import { type CommandOutcome, commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** A change recorded ahead of its effective date. */
export type ScheduledOrgChange = Readonly<{ type: OrgEvent['type']; effectiveOn: string; change: unknown }>;

@Injectable()
export class OrgService {
  private latest?: { key: string; tree: TreeWithSchedule };

  constructor(
    @InjectContext('org') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What every org command carries besides its own fields: who asks, today, and why if back-dated. */
  commandContext(actor: Actor, backdatingReason?: string): OrgCommandContext {
    return {
      actor,
      today: this.clock.today(),
      ...(backdatingReason === undefined ? {} : { backdatingReason }),
    };
  }

  async execute(command: OrgCommand, actor: Actor): Promise<CommandOutcome> {
    const result = await this.runtime.commands.execute(orgTreeDecider, ORG_TREE_STREAM, command, actor);
    return commandOutcome(result);
  }

  /**
   * The tree as of `asOf` (default: today in the company zone), and the changes recorded for
   * later dates as `scheduled`, in effective-date order: a move recorded for 1 January shows as
   * scheduled until then, not as done.
   */
  async tree(asOf?: string): Promise<TreeWithSchedule> {
    const { version, events } = await this.runtime.store.readStream(ORG_TREE_STREAM);
    const date = asOf ?? this.clock.today();
    // Every request asks "who is this, today?" (ActorDirectories): fold once per stream version and date.
    const key = `${version}\u0000${date}`;
    if (this.latest?.key !== key) this.latest = { key, tree: treeAsOf(events.map(toOrgEvent), date) };
    return this.latest.tree;
  }

  /** Who signs in with `subject` and where they stand today, or undefined when nobody in the tree does. */
  async placeOf(subject: string): Promise<OrgPlace | undefined> {
    const person = personSigningInAs(await this.tree(), subject);
    return person && { personId: person.id, role: person.role, divisionId: person.divisionId };
  }

  /** Whether `personId` is someone in today's tree (whatever subject they sign in with). */
  async hasPerson(personId: string): Promise<boolean> {
    return (await this.tree()).people.some((p) => p.id === personId);
  }

  /** Names of the divisions and people among `ids`, as of today (for refusals people read). */
  async namesOf(ids: readonly string[]): Promise<Record<string, string>> {
    return namesInTree(await this.tree(), ids);
  }

  async division(divisionId: string, asOf?: string) {
    const tree = await this.tree(asOf);
    const division = tree.divisions.find((d) => d.id === divisionId);
    if (!division) throw new NotFoundError('unknown-division', { divisionId });
    return { ...division, people: tree.people.filter((p) => p.divisionId === divisionId) };
  }

  async person(personId: string, asOf?: string) {
    const tree = await this.tree(asOf);
    const person = tree.people.find((p) => p.id === personId);
    if (!person) throw new NotFoundError('unknown-person', { personId });
    return { ...person, reports: tree.people.filter((p) => p.managerId === personId).map((p) => p.id) };
  }

  async isEmpty(): Promise<boolean> {
    return (await this.runtime.store.readStream(ORG_TREE_STREAM)).version === 0;
  }
}

type TreeWithSchedule = OrgTree & { scheduled: ScheduledOrgChange[] };

function toOrgEvent(envelope: { type: string; data: unknown }): OrgEvent {
  return { type: envelope.type, data: envelope.data } as OrgEvent;
}

function treeAsOf(events: readonly OrgEvent[], date: string): TreeWithSchedule {
  const scheduled = events
    .filter((e) => e.data.effectiveOn > date)
    .sort((a, b) => a.data.effectiveOn.localeCompare(b.data.effectiveOn))
    .map((e) => ({ type: e.type, effectiveOn: e.data.effectiveOn, change: e.data }));
  return { ...orgTree(directoryAsOf(events, date), date), scheduled };
}
