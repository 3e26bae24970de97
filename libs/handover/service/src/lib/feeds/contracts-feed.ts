import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CONTRACTS_CONTEXT } from '@sales/contracts/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { contractsFeedEffect } from './contracts-feed.mapping';
import { HoldingsRecorder } from './holdings-recorder';

/** The consumer group handover reads contracts' topic with (exact, no suffix). */
export const CONTRACTS_FEED_GROUP = 'handover.feed.contracts';

/**
 * Contracts' published events → each person's contracts (open or not) and contract forms out, from
 * the start of the topic; a transfer, a closing payment, an acceptance or a form's return ticks a
 * resignation's item off as it arrives.
 */
@Injectable()
export class ContractsFeed implements OnModuleInit {
  constructor(
    @InjectContext('handover') private readonly runtime: ContextRuntime,
    private readonly recorder: HoldingsRecorder,
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
    if (effect) await this.recorder.contracts(event, effect);
  }
}
