import {
  type Aggregate,
  type DomainEvent,
  ForbiddenError,
  NotFoundError,
  assertNever,
} from '@sales/shared/domain';
import type { Notice, NoticeDraft, NoticeKind } from '../notices/notice';

/**
 * 通知收件箱: one person's notices, each held once by its id, and what the person did with them —
 * read, when (X3: their own recorded action, with the time and the actor in the commit). Nothing
 * is deleted; reading is a fact beside the notice.
 */
export type Inbox = Readonly<{
  notices: readonly Notice[];
  /** When each read notice was read. */
  readAt: Readonly<Record<string, string>>;
}>;

export const INBOX_STREAM_PREFIX = 'notice-inbox-';
export const inboxStreamId = (personId: string) => `${INBOX_STREAM_PREFIX}${personId}`;

export type InboxEvent =
  | DomainEvent<'NoticeDelivered', Readonly<{ notice: Notice }>>
  | DomainEvent<'NoticeRead', Readonly<{ noticeId: string; readAt: string }>>
  | DomainEvent<'NoticesRead', Readonly<{ noticeIds: readonly string[]; readAt: string }>>;

export type InboxCommand =
  | Readonly<{ type: 'DeliverNotice'; data: Readonly<{ draft: NoticeDraft; now: string }> }>
  | Readonly<{
      type: 'ReadNotice';
      data: Readonly<{ personId: string; noticeId: string; readerId: string; now: string }>;
    }>
  | Readonly<{
      type: 'ReadAllNotices';
      data: Readonly<{ personId: string; readerId: string; kind: NoticeKind | null; now: string }>;
    }>;

export const isHeld = (inbox: Inbox, noticeId: string) => inbox.notices.some((n) => n.noticeId === noticeId);

function decide(command: InboxCommand, inbox: Inbox): InboxEvent[] {
  switch (command.type) {
    case 'DeliverNotice': {
      const { draft, now } = command.data;
      // A notice redelivered (the same event again, a replay, a second round) is already here.
      if (isHeld(inbox, draft.noticeId)) return [];
      return [{ type: 'NoticeDelivered', data: { notice: { ...draft, deliveredAt: now } } }];
    }
    case 'ReadNotice': {
      const { personId, noticeId, readerId, now } = command.data;
      assertOwnInbox(personId, readerId, { noticeId });
      if (!isHeld(inbox, noticeId)) throw new NotFoundError('notice-not-found', { noticeId });
      if (inbox.readAt[noticeId] !== undefined) return [];
      return [{ type: 'NoticeRead', data: { noticeId, readAt: now } }];
    }
    case 'ReadAllNotices': {
      const { personId, readerId, kind, now } = command.data;
      assertOwnInbox(personId, readerId, {});
      const noticeIds = inbox.notices
        .filter((n) => inbox.readAt[n.noticeId] === undefined && (kind === null || n.facts.kind === kind))
        .map((n) => n.noticeId);
      return noticeIds.length === 0 ? [] : [{ type: 'NoticesRead', data: { noticeIds, readAt: now } }];
    }
    default:
      return assertNever(command);
  }
}

/**
 * Notices are personal: only their recipient reads (and marks) them — not a manager, not an
 * admin. The refusal does not say whose notice it is.
 */
function assertOwnInbox(personId: string, readerId: string, details: Record<string, unknown>): void {
  if (personId !== readerId) throw new ForbiddenError('not-your-notice', { ...details, userId: readerId });
}

function evolve(inbox: Inbox, event: InboxEvent): Inbox {
  switch (event.type) {
    case 'NoticeDelivered':
      return { ...inbox, notices: [...inbox.notices, event.data.notice] };
    case 'NoticeRead':
      return { ...inbox, readAt: { ...inbox.readAt, [event.data.noticeId]: event.data.readAt } };
    case 'NoticesRead': {
      const readAt = { ...inbox.readAt };
      for (const id of event.data.noticeIds) readAt[id] ??= event.data.readAt;
      return { ...inbox, readAt };
    }
    default:
      return assertNever(event);
  }
}

export const inboxDecider: Aggregate<Inbox, InboxCommand, InboxEvent> = {
  initialState: () => ({ notices: [], readAt: {} }),
  decide,
  evolve,
  // An inbox is one person's: nothing of it is published (the notices' sources already are).
  publish: () => [],
};
