import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CONTRACTS_CONTEXT } from '@sales/contracts/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { GradingService } from '../grading/grading.service';
import { RegistryService } from '../registry/registry.service';
import { contractsFeedEffect } from './contracts-feed.mapping';

/** The consumer group customers reads contracts' topic with (one per deployment, shared by replicas). */
export const CONTRACTS_FEED_GROUP = 'customers.feed.contracts';

/**
 * Contracts' published events, applied to customers (C1 status, C2 grading): a signed contract
 * makes its customer 成交 (registry) and starts its grading; a payment or a reversal moves its
 * 12-month inflow. Delivery is at least once, so every effect is idempotent in the customer's own
 * streams — a payment by its payment id, an activation by the customer's state — and a duplicated
 * delivery (a relay republishing after a crash, a rebalance, the same record produced twice)
 * changes nothing. A refusal throws: the message is retried, then dead-lettered.
 */
@Injectable()
export class ContractsFeed implements OnModuleInit {
  constructor(
    @InjectContext('customers') private readonly runtime: ContextRuntime,
    private readonly registry: RegistryService,
    private readonly grading: GradingService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: CONTRACTS_FEED_GROUP,
      topics: [this.runtime.topicOf(CONTRACTS_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const effect = contractsFeedEffect(event);
    switch (effect?.kind) {
      case undefined:
        return;
      case 'contract-signed': {
        const { customerId, contractId, activatedOn } = effect.signed;
        await this.registry.activate(customerId, contractId, activatedOn);
        await this.grading.activate(effect.signed);
        return;
      }
      case 'payment':
        await this.grading.recordPayment(effect.payment);
        return;
      case 'reversal':
        await this.grading.recordReversal(effect.reversal);
        return;
    }
  }
}
