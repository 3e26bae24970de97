import { Injectable } from '@nestjs/common';
import { type CustomerCommand, customerDecider, customerStreamId } from '@sales/customers/domain';
import type { OrgTree } from '@sales/org/events';
import type { Actor } from '@sales/shared/domain';
import { commandOutcome } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { CustomerIndex } from '../registry/customer-index';
import { withPeopleNamed } from '../registry/people-names';

/**
 * Runs a command on one customer's stream for the pool and the requests, and keeps the customer
 * index current with what it appended; refusals name the people they mention.
 */
@Injectable()
export class CustomerStreams {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    private readonly index: CustomerIndex,
  ) {}

  async execute(customerId: string, command: CustomerCommand, actor: Actor, org?: OrgTree) {
    const streamId = customerStreamId(customerId);
    try {
      const result = await this.runtime.commands.execute(customerDecider, streamId, command, actor);
      await this.index.record(streamId, result.events);
      return commandOutcome(result);
    } catch (error) {
      throw org ? withPeopleNamed(error, org) : error;
    }
  }
}
