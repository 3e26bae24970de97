import { Injectable, type OnModuleInit } from '@nestjs/common';
import { APPRAISAL_CONTEXT } from '@sales/appraisal/events';
import { CONTRACTS_CONTEXT } from '@sales/contracts/events';
import { CUSTOMERS_CONTEXT } from '@sales/customers/events';
import type { NoticeOccasion } from '@sales/notices/domain';
import type { EventEnvelope } from '@sales/shared/event-sourcing';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { TARGETS_CONTEXT } from '@sales/targets/events';
import { NoticeDelivery } from '../inbox/notice-delivery';
import { ContractPartiesService } from '../parties/contract-parties.service';
import { contractsFeedRead } from './contracts-feed.mapping';
import { appraisalFeedRead, customersFeedRead, targetsFeedRead } from './other-feeds.mapping';

/** The consumer group notices reads a context's topic with: exact, one per source (`notices.feed.contracts`). */
export const noticesFeedGroup = (context: string) => `notices.feed.${context}`;

/**
 * 通知 (X2): the published events of contracts, targets, customers and appraisal, each source
 * read by its own consumer group from the beginning of its topic, turned into notices. Delivery
 * is at least once and every effect is idempotent — a ledger note by the event's id, a notice by
 * an id derived from the event's id and its recipient — so a redelivered or replayed event
 * changes nothing. A failure throws: the message is retried, then dead-lettered.
 */
@Injectable()
export class NoticeFeeds implements OnModuleInit {
  constructor(
    @InjectContext('notices') private readonly runtime: ContextRuntime,
    private readonly delivery: NoticeDelivery,
    private readonly parties: ContractPartiesService,
  ) {}

  async onModuleInit(): Promise<void> {
    const simple =
      (read: (event: EventEnvelope) => NoticeOccasion | undefined) => async (event: EventEnvelope) => {
        const occasion = read(event);
        if (occasion) await this.delivery.deliver(occasion, undefined, causeOf(event));
      };
    const feeds: [string, (event: EventEnvelope) => Promise<void>][] = [
      [CONTRACTS_CONTEXT, (event) => this.applyContracts(event)],
      [TARGETS_CONTEXT, simple(targetsFeedRead)],
      [CUSTOMERS_CONTEXT, simple(customersFeedRead)],
      [APPRAISAL_CONTEXT, simple(appraisalFeedRead)],
    ];
    for (const [context, handle] of feeds) {
      await this.runtime.subscribe({
        groupId: noticesFeedGroup(context),
        topics: [this.runtime.topicOf(context)],
        fromBeginning: true,
        handle,
      });
    }
  }

  /**
   * A contract's facts first go to its ledger, then its notices go out with the ledger as it
   * stands after them. Installers assigned while a stop directive is in force are told of it too
   * (the directive's own notice ids: whoever had it already is not told twice) — which also
   * covers an assignment read after the directive (they are different streams, so different
   * partitions of the topic, with no order between them).
   */
  async applyContracts(event: EventEnvelope): Promise<void> {
    const read = contractsFeedRead(event);
    if (!read) return;
    const cause = causeOf(event);
    const { contractId, change, occasion } = read;
    const parties =
      contractId === null
        ? undefined
        : change
          ? await this.parties.note(contractId, event, change)
          : await this.parties.of(contractId);
    if (occasion) await this.delivery.deliver(occasion, parties, cause);
    if (change?.kind === 'installers' && parties)
      for (const { facts, source } of parties.activeDirectives)
        await this.delivery.deliver({ facts, source }, parties, cause);
  }
}

const causeOf = (event: EventEnvelope) => ({ correlationId: event.correlationId, causationId: event.id });
