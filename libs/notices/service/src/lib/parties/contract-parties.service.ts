import { Injectable } from '@nestjs/common';
import {
  type ContractParties,
  type ContractPartiesChange,
  contractPartiesDecider,
  contractPartiesStreamId,
} from '@sales/notices/domain';
import { SYSTEM_ACTOR, fold } from '@sales/shared/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** The contract parties ledger (owner, installers, directives in force) in notices' own store. */
@Injectable()
export class ContractPartiesService {
  constructor(@InjectContext('notices') private readonly runtime: ContextRuntime) {}

  /** Notes one published contract event (once, by its id) and answers the ledger after it. */
  async note(
    contractId: string,
    event: EventEnvelope,
    change: ContractPartiesChange,
  ): Promise<ContractParties> {
    const result = await this.runtime.commands.execute(
      contractPartiesDecider,
      contractPartiesStreamId(contractId),
      { type: 'NoteContractParties', data: { sourceEventId: event.id, change } },
      SYSTEM_ACTOR,
      { correlationId: event.correlationId, causationId: event.id },
    );
    return result.state;
  }

  async of(contractId: string): Promise<ContractParties> {
    const { events } = await this.runtime.store.readStream(contractPartiesStreamId(contractId));
    return fold(contractPartiesDecider, events as never);
  }
}
