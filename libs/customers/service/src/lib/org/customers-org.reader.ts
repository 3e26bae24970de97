import { Inject, Injectable } from '@nestjs/common';
import {
  ORG_TREE_STREAM,
  type OrgTree,
  namesInTree,
  orgTreeAsOf,
  personSigningInAs,
} from '@sales/org/events';
import type { OrgPlace } from '@sales/shared/auth';
import type { BusinessDate, Clock } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, DatedReplicaFold, InjectContext } from '@sales/shared/runtime';

/**
 * The org tree as customers knows it: folded from its own replica of org's published events
 * (never org's database), as of a business date — today for scope and rights, a visit's or an
 * expense's own date for the division it is credited to.
 */
@Injectable()
export class CustomersOrgReader {
  private readonly fold: DatedReplicaFold<OrgTree>;

  constructor(
    @InjectContext('customers') runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.fold = new DatedReplicaFold(() => runtime.replica('org').read(ORG_TREE_STREAM), orgTreeAsOf);
  }

  treeAsOf(date: BusinessDate): Promise<OrgTree> {
    return this.fold.asOf(date);
  }

  treeToday(): Promise<OrgTree> {
    return this.fold.asOf(this.clock.today());
  }

  /** Who signs in with `subject` and where they stand today, or undefined when nobody does (yet). */
  async placeOf(subject: string): Promise<OrgPlace | undefined> {
    const person = personSigningInAs(await this.treeToday(), subject);
    return person && { personId: person.id, role: person.role, divisionId: person.divisionId };
  }

  /** Names of the divisions and people among `ids`, as of today (for refusals people read). */
  async namesOf(ids: readonly string[]): Promise<Record<string, string>> {
    return namesInTree(await this.treeToday(), ids);
  }

  /** Whether `personId` is someone in today's tree (whatever subject they sign in with). */
  async hasPerson(personId: string): Promise<boolean> {
    return (await this.treeToday()).people.some((p) => p.id === personId);
  }
}
