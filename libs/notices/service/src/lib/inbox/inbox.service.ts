import { Inject, Injectable } from '@nestjs/common';
import {
  type Inbox,
  type InboxEvent,
  NOTICE_KIND_LABELS,
  NOTICE_RECIPIENT_ROLE_LABELS,
  type Notice,
  type NoticeKind,
  inboxDecider,
  inboxStreamId,
  noticeText,
} from '@sales/notices/domain';
import { type Actor, type Clock, NotFoundError, fold } from '@sales/shared/domain';
import { CLOCK, type ContextRuntime, InjectContext } from '@sales/shared/runtime';
import { NoticeIndex } from './notice-index';
import { NoticeNamesReader } from './notice-names';

export type InboxFilter = Readonly<{ status?: 'unread' | 'read'; kind?: NoticeKind; limit: number }>;

/**
 * 我的通知: the caller's own inbox (their person id is the token's subject as the org tree knows
 * it). Reads fold the inbox stream itself — what was just delivered or marked is there at once,
 * whichever replica did it. Marking read is a command on that stream, recorded with the actor and
 * the time; someone else's notice is 403, an unknown one 404.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectContext('notices') private readonly runtime: ContextRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly index: NoticeIndex,
    private readonly names: NoticeNamesReader,
  ) {}

  async list(actor: Actor, filter: InboxFilter) {
    const inbox = await this.inboxOf(actor.userId);
    const matching = inbox.notices
      .filter((n) => filter.kind === undefined || n.facts.kind === filter.kind)
      .filter(
        (n) =>
          filter.status === undefined ||
          (filter.status === 'read') === (inbox.readAt[n.noticeId] !== undefined),
      )
      .sort(newestFirst);
    const shown = matching.slice(0, filter.limit);
    const names = await this.names.namesFor(shown);
    return {
      personId: actor.userId,
      total: matching.length,
      unread: unreadIn(inbox),
      items: shown.map((notice) => ({
        noticeId: notice.noticeId,
        kind: notice.facts.kind,
        kindLabel: NOTICE_KIND_LABELS[notice.facts.kind],
        ...noticeText(notice.facts, names),
        as: notice.as,
        asLabel: NOTICE_RECIPIENT_ROLE_LABELS[notice.as],
        link: notice.about,
        facts: notice.facts,
        occurredAt: notice.source.occurredAt,
        deliveredAt: notice.deliveredAt,
        source: { context: notice.source.context, type: notice.source.type },
        read: inbox.readAt[notice.noticeId] !== undefined,
        readAt: inbox.readAt[notice.noticeId] ?? null,
      })),
    };
  }

  async unreadCount(actor: Actor) {
    const inbox = await this.inboxOf(actor.userId);
    const byKind: Partial<Record<NoticeKind, number>> = {};
    for (const n of inbox.notices)
      if (inbox.readAt[n.noticeId] === undefined) byKind[n.facts.kind] = (byKind[n.facts.kind] ?? 0) + 1;
    return { personId: actor.userId, unread: unreadIn(inbox), byKind };
  }

  async markRead(actor: Actor, noticeId: string) {
    // Only the recipient's own inbox is written; whose it is decides 403 (someone else's) or 404.
    const recipientId = (await this.index.recipientOf(noticeId)) ?? actor.userId;
    const now = this.clock.now().toISOString();
    const { state } = await this.runtime.commands.execute(
      inboxDecider,
      inboxStreamId(recipientId),
      { type: 'ReadNotice', data: { personId: recipientId, noticeId, readerId: actor.userId, now } },
      actor,
    );
    const readAt = state.readAt[noticeId];
    if (readAt === undefined) throw new NotFoundError('notice-not-found', { noticeId });
    return { noticeId, read: true, readAt, unread: unreadIn(state) };
  }

  async markAllRead(actor: Actor, kind: NoticeKind | undefined) {
    const now = this.clock.now().toISOString();
    const { events, state } = await this.runtime.commands.execute(
      inboxDecider,
      inboxStreamId(actor.userId),
      {
        type: 'ReadAllNotices',
        data: { personId: actor.userId, readerId: actor.userId, kind: kind ?? null, now },
      },
      actor,
    );
    const marked = events.reduce(
      (n, e) => n + ((e.data as { noticeIds?: unknown[] }).noticeIds?.length ?? 0),
      0,
    );
    return { marked, readAt: marked > 0 ? now : null, unread: unreadIn(state) };
  }

  private async inboxOf(personId: string): Promise<Inbox> {
    const { events } = await this.runtime.store.readStream(inboxStreamId(personId));
    return fold(inboxDecider, events as unknown as InboxEvent[]);
  }
}

const unreadIn = (inbox: Inbox) => inbox.notices.filter((n) => inbox.readAt[n.noticeId] === undefined).length;

const newestFirst = (a: Notice, b: Notice) =>
  b.source.occurredAt.localeCompare(a.source.occurredAt) || b.deliveredAt.localeCompare(a.deliveredAt);
