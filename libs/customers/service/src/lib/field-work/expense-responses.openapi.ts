import { EXPENSE_CATEGORIES, EXPENSE_STATUSES } from '@sales/customers/events';

/** What the expense routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2026-03-13' };

export const EXPENSE_RECORDED_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'expenseId'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string' } },
      },
    },
    expenseId: { type: 'string', description: '费用编号 expense id' },
  },
};

export const EXPENSE_LIST_RESPONSE = {
  type: 'array',
  description: '日期新的在前 / newest first',
  items: {
    type: 'object',
    required: [
      'expenseId',
      'personId',
      'person',
      'divisionId',
      'date',
      'category',
      'amountMinor',
      'currency',
      'amount',
      'customerId',
      'receiptRef',
      'status',
      'decidedBy',
      'decidedOn',
      'selfApproved',
      'reason',
    ],
    properties: {
      expenseId: { type: 'string' },
      personId: { type: 'string' },
      person: { type: 'string', description: '人员 李娜（p-li）' },
      divisionId: { type: 'string', nullable: true, description: '费用日期当天所在事业部' },
      date,
      category: { type: 'string', enum: [...EXPENSE_CATEGORIES] },
      amountMinor: {
        type: 'integer',
        minimum: 1,
        description: '金额（分，币种见 currency）/ minor units (fen)',
      },
      currency: { type: 'string', example: 'CNY' },
      amount: {
        type: 'string',
        example: '1,234.56 元',
        description: '金额（元，千分位）amount as people read it',
      },
      customerId: { type: 'string', nullable: true },
      receiptRef: { type: 'string', nullable: true },
      status: { type: 'string', enum: [...EXPENSE_STATUSES] },
      decidedBy: { type: 'string', nullable: true },
      decidedOn: { ...date, nullable: true },
      selfApproved: { type: 'boolean', description: '组织树顶端的人批准了自己的费用' },
      reason: { type: 'string', nullable: true, description: '驳回原因' },
    },
  },
};
