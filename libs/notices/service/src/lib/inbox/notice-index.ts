import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { INBOX_STREAM_PREFIX, type InboxEvent } from '@sales/notices/domain';
import { type ContextRuntime, InjectContext } from '@sales/shared/runtime';

/** How often a lookup that missed may pass over the store again (other replicas deliver too). */
const REFRESH_AFTER_MS = 5_000;

/**
 * Whose inbox holds a notice, by its id: what tells a notice of someone else (403) from one that
 * does not exist (404). Built by a pass over the store at start, kept current by this process's
 * deliveries, and refreshed on a miss (at most every few seconds) for what other replicas wrote.
 */
@Injectable()
export class NoticeIndex implements OnApplicationBootstrap {
  private readonly recipients = new Map<string, string>();
  private refreshedAt = 0;
  private refreshing?: Promise<void>;

  constructor(@InjectContext('notices') private readonly runtime: ContextRuntime) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
  }

  record(noticeId: string, recipientId: string): void {
    this.recipients.set(noticeId, recipientId);
  }

  /** The recipient of the notice, or undefined when no inbox holds it. */
  async recipientOf(noticeId: string): Promise<string | undefined> {
    const known = this.recipients.get(noticeId);
    if (known !== undefined || Date.now() - this.refreshedAt < REFRESH_AFTER_MS) return known;
    await this.refresh();
    return this.recipients.get(noticeId);
  }

  private refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        for await (const event of this.runtime.store.readAll()) {
          if (!event.streamId.startsWith(INBOX_STREAM_PREFIX) || event.type !== 'NoticeDelivered') continue;
          const { notice } = (event as unknown as InboxEvent & { type: 'NoticeDelivered' }).data;
          this.recipients.set(notice.noticeId, notice.recipientId);
        }
        this.refreshedAt = Date.now();
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
