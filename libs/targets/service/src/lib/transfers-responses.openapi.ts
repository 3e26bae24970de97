/* What the transfer reads answer, for the OpenAPI document: `@sales/targets/domain`'s TransferView (issue 8 item 3). */
import {
  CURRENCY,
  LEVEL,
  METRIC,
  NODE_ID,
  NULLABLE_PERSON_ID,
  PERSON_ID,
  UNIT_ID,
  inFenOrCount,
} from './targets-figures.openapi';

/** A division quarter the transfer leaves below the quarter before (渐进式目标), for the approvers. */
const REGRESSIVE_QUARTER = {
  type: 'object',
  required: ['node', 'metric', 'level', 'quarter', 'amount', 'previous'],
  properties: {
    node: NODE_ID,
    metric: METRIC,
    level: LEVEL,
    quarter: { type: 'integer', minimum: 1, maximum: 4 },
    amount: { type: 'integer', description: inFenOrCount('该季度目标', 'the quarter’s figure') },
    previous: { type: 'integer', description: inFenOrCount('上一季度目标', 'the quarter before’s figure') },
  },
};

/** A moved salesperson's targets awaiting a transfer, or under one. */
export const TRANSFER_VIEW = {
  type: 'object',
  description:
    '待转移：组织结构已把业务人员调到其他事业部，而其已批准的目标仍在原事业部的分解中 / the org tree has moved the salesperson out of the split holding his approved targets',
  required: [
    'personId',
    'node',
    'from',
    'to',
    'status',
    'reason',
    'openedBy',
    'approvals',
    'regressions',
    'currency',
  ],
  properties: {
    personId: PERSON_ID,
    node: NODE_ID,
    from: { ...UNIT_ID, description: '持有其已批准目标的分解 / the split holding his approved targets' },
    to: {
      ...UNIT_ID,
      nullable: true,
      description:
        '组织结构中其现在所属事业部的分解（不在任何事业部时为 null）/ his division’s split in the tree today',
    },
    status: {
      type: 'string',
      enum: ['awaiting', 'pending'],
      description: 'awaiting 待转移（尚未办理）/ pending 转移审批中（原目标仍生效）',
    },
    reason: { type: 'string', nullable: true, description: '转移原因 / the transfer’s reason' },
    openedBy: { ...NULLABLE_PERSON_ID, description: '办理人 / who opened the transfer' },
    approvals: {
      type: 'array',
      description:
        '转移涉及的各分解及其审批人（null 为待审批）/ each split it changes, with its approver so far',
      items: {
        type: 'object',
        required: ['unit', 'version', 'approvedBy'],
        properties: {
          unit: UNIT_ID,
          version: { type: 'integer' },
          approvedBy: NULLABLE_PERSON_ID,
        },
      },
    },
    regressions: {
      type: 'array',
      description:
        '转移后低于上一季度的事业部季度目标（供审批人查看）/ division quarters it leaves below the quarter before',
      items: REGRESSIVE_QUARTER,
    },
    currency: CURRENCY,
  },
};

export const TRANSFERS_RESPONSE = { type: 'array', items: TRANSFER_VIEW };
