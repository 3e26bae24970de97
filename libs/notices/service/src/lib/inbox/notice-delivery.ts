import { Inject, Injectable } from '@nestjs/common';
import {
  type ContractParties,
  type NoticeDraft,
  type NoticeOccasion,
  inboxDecider,
  inboxStreamId,
  noticesFor,
} from '@sales/notices/domain';
import { type Clock, SYSTEM_ACTOR } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { NoticesOrgReader } from '../notices-org.reader';
import { NoticeIndex } from './notice-index';

/** The event a delivery answers: its notices carry it as their cause (X3: attributable). */
export type DeliveryCause = Readonly<{ correlationId?: string; causationId?: string }>;

/**
 * Puts an occasion's notices into their recipients' inboxes: the recipient rules (pure, in the
 * domain) on the org tree as of today and the contract's ledger, then one DeliverNotice per
 * recipient — a no-op for a notice the inbox holds already, so a redelivery doubles nothing.
 */
@Injectable()
export class NoticeDelivery {
  constructor(
    @InjectContext('notices') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly org: NoticesOrgReader,
    private readonly index: NoticeIndex,
  ) {}

  async deliver(
    occasion: NoticeOccasion,
    parties: ContractParties | undefined,
    cause: DeliveryCause,
  ): Promise<NoticeDraft[]> {
    const org = await this.org.treeToday();
    const drafts = noticesFor(occasion, { org, parties });
    await Promise.all(drafts.map((draft) => this.put(draft, cause)));
    return drafts;
  }

  private async put(draft: NoticeDraft, cause: DeliveryCause): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.runtime.commands.execute(
      inboxDecider,
      inboxStreamId(draft.recipientId),
      { type: 'DeliverNotice', data: { draft, now } },
      SYSTEM_ACTOR,
      cause,
    );
    this.index.record(draft.noticeId, draft.recipientId);
  }
}
