import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { customersFeedEffect } from './customers-feed.mapping';
import { HoldingsRecorder } from './holdings-recorder';

/** The consumer group handover reads customers' topic with (exact, no suffix). */
export const CUSTOMERS_FEED_GROUP = 'handover.feed.customers';

/**
 * Customers' published events → who owns which customer (from the start of the topic, so what a
 * person owned before any notice is known), ticking a resignation's customers off as they move.
 */
@Injectable()
export class CustomersFeed implements OnModuleInit {
  constructor(
    @InjectContext('handover') private readonly runtime: ContextRuntime,
    private readonly recorder: HoldingsRecorder,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: CUSTOMERS_FEED_GROUP,
      topics: [this.runtime.topicOf(CUSTOMERS_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const effect = customersFeedEffect(event);
    if (effect) await this.recorder.customers(event, effect);
  }
}
