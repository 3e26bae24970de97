import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractView,
  type DirectiveCommand,
  directivesDecider,
  directivesStreamId,
} from '@sales/contracts/domain';
import { type Actor, type Clock, ForbiddenError, NotFoundError } from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { ContractsOrgReader } from '../org/contracts-org.reader';
import { ActiveDirectives } from './active-directives';
import { actingPerson } from './acting-person';
import { readContract } from '../seam/contract-reader';

/**
 * 停工指示 (K6): the directives aggregate (`directives-<contractId>` streams). The VP, IT admin or
 * 安全/质量 issue and lift; everyone in the org tree may read who stopped work, when and why.
 */
@Injectable()
export class DirectivesService {
  constructor(
    @InjectContext('contracts') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: ContractsOrgReader,
    private readonly directives: ActiveDirectives,
  ) {}

  async issue(contractId: string, input: Readonly<{ directiveId?: string; reason: string }>, actor: Actor) {
    const directiveId = input.directiveId ?? randomUUID();
    const outcome = await this.execute(contractId, actor, async (contract) => ({
      type: 'IssueStopDirective',
      data: { ...(await this.circumstances(contract, actor)), directiveId, reason: input.reason },
    }));
    return { ...outcome, directiveId };
  }

  lift(contractId: string, directiveId: string, reason: string, actor: Actor) {
    return this.execute(contractId, actor, async (contract) => ({
      type: 'LiftStopDirective',
      data: { ...(await this.circumstances(contract, actor)), directiveId, reason },
    }));
  }

  /** Every directive of the contract, active first, each with who, when and why (and its lifting). */
  async list(contractId: string, actor: Actor) {
    await this.contract(contractId);
    const tree = await this.org.treeToday();
    if (actingPerson(tree, actor).role === null) throw new ForbiddenError('directive-read-not-allowed', {});
    const { directives } = await this.directives.state(contractId);
    const active = directives.filter((d) => d.lifted === null);
    return {
      contractId,
      stopped: active.length > 0,
      active: active.length,
      directives: [...active, ...directives.filter((d) => d.lifted !== null)].map((d) => ({
        ...d,
        status: d.lifted === null ? 'active' : 'lifted',
      })),
    };
  }

  private async contract(contractId: string): Promise<ContractView> {
    const contract = await readContract(this.runtime.store, contractId);
    if (!contract) throw new NotFoundError('directive-contract-unknown', { contractId });
    return contract;
  }

  private async circumstances(contract: ContractView, actor: Actor) {
    const by = actingPerson(await this.org.treeToday(), actor);
    return { contract, by, today: this.clock.today(), now: this.clock.now().toISOString() };
  }

  private async execute(
    contractId: string,
    actor: Actor,
    commandFor: (contract: ContractView) => Promise<DirectiveCommand>,
  ) {
    const command = await commandFor(await this.contract(contractId));
    const streamId = directivesStreamId(contractId);
    return commandOutcome(await this.runtime.commands.execute(directivesDecider, streamId, command, actor));
  }
}
