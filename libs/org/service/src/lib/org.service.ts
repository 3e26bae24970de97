import { Injectable } from '@nestjs/common';
import { type Actor, NotFoundError } from '@sales/shared/domain';
import {
  type OrgCommand,
  type OrgEvent,
  directoryAsOf,
  foldOrgDirectory,
  orgTree,
  orgTreeDecider,
} from '@sales/org/domain';
import { ORG_TREE_STREAM, type OrgTree } from '@sales/org/events';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

export type CommandOutcome = Readonly<{ version: number; events: readonly { id: string; type: string }[] }>;

@Injectable()
export class OrgService {
  constructor(@InjectContext('org') private readonly runtime: ContextRuntime) {}

  async execute(command: OrgCommand, actor: Actor): Promise<CommandOutcome> {
    const result = await this.runtime.commands.execute(orgTreeDecider, ORG_TREE_STREAM, command, actor);
    return { version: result.version, events: result.events.map((e) => ({ id: e.id, type: e.type })) };
  }

  async tree(asOf?: string): Promise<OrgTree> {
    const events = await this.history();
    return asOf ? orgTree(directoryAsOf(events, asOf), asOf) : orgTree(foldOrgDirectory(events));
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

  private async history(): Promise<OrgEvent[]> {
    const { events } = await this.runtime.store.readStream(ORG_TREE_STREAM);
    return events.map((e) => ({ type: e.type, data: e.data }) as OrgEvent);
  }
}
