import { ForbiddenError, NotFoundError, specify } from '@sales/shared/domain';
import type { Notice, NoticeDraft } from '../notices/notice';
import { noticesFor } from '../recipients/recipients';
import { ORG, delayed, occasion } from '../testing/notice-factories';
import { type InboxCommand, type InboxEvent, inboxDecider } from './inbox';

const NOW = '2027-03-01T10:00:05.000+08:00';
const [toLi] = noticesFor(occasion(delayed(), 'evt-1'), { org: ORG });
const [second] = noticesFor(
  occasion(
    { kind: 'summary-missing', personId: 'p-li', periodLabel: '2027-02', dueOn: '2027-03-05' },
    'evt-2',
  ),
  { org: ORG },
);

const delivered = (draft: NoticeDraft): InboxEvent => ({
  type: 'NoticeDelivered',
  data: { notice: { ...draft, deliveredAt: NOW } satisfies Notice },
});
const deliver = (draft: NoticeDraft): InboxCommand => ({ type: 'DeliverNotice', data: { draft, now: NOW } });
const read = (noticeId: string, readerId = 'p-li'): InboxCommand => ({
  type: 'ReadNotice',
  data: { personId: 'p-li', noticeId, readerId, now: NOW },
});
const readAll = (kind: 'installation-delayed' | null = null, readerId = 'p-li'): InboxCommand => ({
  type: 'ReadAllNotices',
  data: { personId: 'p-li', readerId, kind, now: NOW },
});

describe('a person’s notice inbox', () => {
  const given = specify(inboxDecider).given;

  it('a notice is delivered once: the same notice again (a redelivered event) adds nothing', () => {
    given([])
      .when(deliver(toLi))
      .then([delivered(toLi)]);
    given([delivered(toLi)])
      .when(deliver(toLi))
      .then([]);
  });

  it('reading records when; reading it again records nothing more', () => {
    given([delivered(toLi)])
      .when(read(toLi.noticeId))
      .then([{ type: 'NoticeRead', data: { noticeId: toLi.noticeId, readAt: NOW } }]);
    given([delivered(toLi), { type: 'NoticeRead', data: { noticeId: toLi.noticeId, readAt: NOW } }])
      .when(read(toLi.noticeId))
      .then([]);
  });

  it('someone else may not read or mark a person’s notice, not even a manager (403)', () => {
    given([delivered(toLi)])
      .when(read(toLi.noticeId, 'p-chen'))
      .thenThrows(ForbiddenError, 'not-your-notice');
    given([delivered(toLi)])
      .when(readAll(null, 'p-chen'))
      .thenThrows(ForbiddenError, 'not-your-notice');
  });

  it('a notice the inbox does not hold is 404', () => {
    given([delivered(toLi)])
      .when(read('n-unknown'))
      .thenThrows(NotFoundError, 'notice-not-found');
  });

  it('read-all marks the unread ones (of a kind, when given) at once', () => {
    const history = [delivered(toLi), delivered(second)];
    given(history)
      .when(readAll())
      .then([{ type: 'NoticesRead', data: { noticeIds: [toLi.noticeId, second.noticeId], readAt: NOW } }]);
    given(history)
      .when(readAll('installation-delayed'))
      .then([{ type: 'NoticesRead', data: { noticeIds: [toLi.noticeId], readAt: NOW } }]);
    given([
      ...history,
      { type: 'NoticesRead', data: { noticeIds: [toLi.noticeId, second.noticeId], readAt: NOW } },
    ])
      .when(readAll())
      .then([]);
  });
});
