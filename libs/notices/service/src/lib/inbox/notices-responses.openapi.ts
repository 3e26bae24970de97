import { NOTICE_KINDS, NOTICE_RECIPIENT_ROLES } from '@sales/notices/domain';

/** What the inbox routes answer, for the OpenAPI document. */
const localized = (description: string) => ({
  type: 'object',
  description,
  required: ['zh', 'en'],
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
});
const instant = (description: string) => ({ type: 'string', format: 'date-time', description });
const byKind = {
  type: 'object',
  description: '各种类未读数 unread per kind',
  properties: Object.fromEntries(NOTICE_KINDS.map((k) => [k, { type: 'integer', minimum: 0 }])),
};

export const NOTICE_LIST_RESPONSE = {
  type: 'object',
  required: ['personId', 'total', 'unread', 'items'],
  properties: {
    personId: { type: 'string', description: '收件人（本人）recipient: yourself' },
    total: { type: 'integer', minimum: 0, description: '符合条件的通知数 notices matching the filter' },
    unread: { type: 'integer', minimum: 0, description: '全部未读数 unread in the whole inbox' },
    items: {
      type: 'array',
      description: '最新的在前 newest first',
      items: {
        type: 'object',
        required: [
          'noticeId',
          'kind',
          'kindLabel',
          'title',
          'text',
          'as',
          'asLabel',
          'link',
          'facts',
          'occurredAt',
          'deliveredAt',
          'source',
          'read',
          'readAt',
        ],
        properties: {
          noticeId: { type: 'string' },
          kind: { type: 'string', enum: [...NOTICE_KINDS] },
          kindLabel: localized('种类 kind, zh-CN first'),
          title: localized('标题 title'),
          text: localized('内容（人名、合同编号、客户名称代替编号）text with names in place of ids'),
          as: {
            type: 'string',
            enum: [...NOTICE_RECIPIENT_ROLES],
            description: '为何收到 why you receive it',
          },
          asLabel: localized('为何收到 why you receive it'),
          link: {
            type: 'object',
            description: '通知所涉事项 what it is about; href is the API path that shows it',
            required: ['context', 'kind', 'id', 'href'],
            properties: {
              context: { type: 'string', example: 'contracts' },
              kind: { type: 'string', example: 'installation' },
              id: { type: 'string', example: 'k-7' },
              href: { type: 'string', example: '/contracts/k-7/installation' },
            },
          },
          facts: {
            type: 'object',
            description:
              '事实（编号与数值；金额为整数分，附币种）facts: ids and values, money in 分 with currency',
          },
          occurredAt: instant('事情发生的时间 when the source event happened'),
          deliveredAt: instant('送达收件箱的时间 when it reached the inbox'),
          source: {
            type: 'object',
            required: ['context', 'type'],
            properties: {
              context: { type: 'string' },
              type: { type: 'string', example: 'contracts.InstallationMilestoneDelayed.v1' },
            },
          },
          read: { type: 'boolean' },
          readAt: { ...instant('本人标记已读的时间 when you marked it read'), nullable: true },
        },
      },
    },
  },
};

export const UNREAD_COUNT_RESPONSE = {
  type: 'object',
  required: ['personId', 'unread', 'byKind'],
  properties: { personId: { type: 'string' }, unread: { type: 'integer', minimum: 0 }, byKind },
};

export const NOTICE_READ_RESPONSE = {
  type: 'object',
  required: ['noticeId', 'read', 'readAt', 'unread'],
  properties: {
    noticeId: { type: 'string' },
    read: { type: 'boolean', enum: [true] },
    readAt: instant('标记已读的时间（首次）when it was first marked read'),
    unread: { type: 'integer', minimum: 0 },
  },
};

export const NOTICES_READ_RESPONSE = {
  type: 'object',
  required: ['marked', 'readAt', 'unread'],
  properties: {
    marked: { type: 'integer', minimum: 0, description: '本次标记的条数 notices marked now' },
    readAt: { ...instant('标记时间 when'), nullable: true },
    unread: { type: 'integer', minimum: 0 },
  },
};
