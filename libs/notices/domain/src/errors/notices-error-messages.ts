import type { DetailsWithNames, LocalizedText } from '@sales/shared/domain';
import { NOTICE_KIND_LABELS, type NoticeKind } from '../notices/notice';

/** The notices context's error catalogue (zh-CN/en), registered with the context (`errorMessages`). */
export const NOTICES_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  'not-your-notice': {
    zh: '这条通知不是发给您的：每个人只能查看和标记本人的通知',
    en: 'This notice is not addressed to you: everyone reads and marks only their own notices',
  },
  'notice-not-found': {
    zh: '没有这条通知（{noticeId}）',
    en: 'There is no such notice ({noticeId})',
  },
};

export const NOTICES_DETAIL_LABELS: Readonly<
  Record<string, (value: unknown, details: DetailsWithNames) => LocalizedText | undefined>
> = {
  kind: (value) => NOTICE_KIND_LABELS[value as NoticeKind],
};
