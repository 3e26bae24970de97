import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HANDOVER_CONTEXT } from '@sales/handover/events';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { OrgService } from '../org.service';
import { personStatusFrom } from './handover-feed.mapping';

/** The consumer group org reads handover's topic with (one per deployment, shared by replicas). */
export const HANDOVER_FEED_GROUP = 'org.feed.handover';

/**
 * Handover's published events, applied to the tree (O2): the resignation process runs in its own
 * context, and org — which every context reads the tree from — records where each step leaves the
 * person (`resigning`, then `left`), attributed to whoever took the step. Delivery is at least
 * once; a step that does not move the person forward records nothing (`recordPersonStatus`).
 */
@Injectable()
export class HandoverFeed implements OnModuleInit {
  constructor(
    @InjectContext('org') private readonly runtime: ContextRuntime,
    private readonly org: OrgService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.runtime.subscribe({
      groupId: HANDOVER_FEED_GROUP,
      topics: [this.runtime.topicOf(HANDOVER_CONTEXT)],
      fromBeginning: true,
      handle: (event) => this.apply(event),
    });
  }

  async apply(event: EventEnvelope): Promise<void> {
    const data = personStatusFrom(event);
    if (!data) return;
    await this.org.execute({ type: 'RecordPersonStatus', data }, event.actor);
  }
}
