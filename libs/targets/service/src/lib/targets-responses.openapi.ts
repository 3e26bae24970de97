/** What the targets reads answer, for the OpenAPI document (the shapes of `@sales/targets/domain`'s views). */
const nodeTargets = {
  type: 'object',
  description:
    '各指标的现实/理想目标：全年、4 个季度、12 个月；金额为整数（分），币种见 currency / per metric the realistic and stretch year, quarters and months; money in integer fen of `currency`',
};

const unitId = { type: 'string', pattern: '^(company|division:.+)$' };

/** A moved salesperson's targets awaiting a transfer, or under one (issue 8 item 3). */
export const TRANSFER_VIEW = {
  type: 'object',
  description:
    '待转移：组织结构已把业务人员调到其他事业部，而其已批准的目标仍在原事业部的分解中 / the org tree has moved the salesperson out of the split holding his approved targets',
  required: ['personId', 'node', 'from', 'to', 'status', 'reason', 'openedBy', 'approvals', 'regressions'],
  properties: {
    personId: { type: 'string', example: 'p-wang-lei' },
    node: { type: 'string', example: 'salesperson:p-wang-lei' },
    from: { ...unitId, description: '持有其已批准目标的分解 / the split holding his approved targets' },
    to: {
      ...unitId,
      nullable: true,
      description:
        '组织结构中其现在所属事业部的分解（不在任何事业部时为 null）/ his division’s split in the tree today',
    },
    status: {
      type: 'string',
      enum: ['awaiting', 'pending'],
      description: 'awaiting 待转移（尚未办理）/ pending 转移审批中（原目标仍生效）',
    },
    reason: { type: 'string', nullable: true },
    openedBy: { type: 'string', nullable: true },
    approvals: {
      type: 'array',
      description:
        '转移涉及的各分解及其审批人（null 为待审批）/ each split it changes, with its approver so far',
      items: {
        type: 'object',
        required: ['unit', 'version', 'approvedBy'],
        properties: {
          unit: unitId,
          version: { type: 'integer' },
          approvedBy: { type: 'string', nullable: true },
        },
      },
    },
    regressions: {
      type: 'array',
      description:
        '转移后低于上一季度的事业部季度目标（供审批人查看）/ division quarters it leaves below the quarter before',
      items: { type: 'object' },
    },
  },
};

export const TRANSFERS_RESPONSE = { type: 'array', items: TRANSFER_VIEW };

export const NODE_VIEW_RESPONSE = {
  type: 'object',
  required: [
    'node',
    'unit',
    'divisionId',
    'personId',
    'currency',
    'targets',
    'approvedVersion',
    'yearToDate',
    'pending',
    'transfer',
  ],
  properties: {
    node: { type: 'string', example: 'salesperson:p-li-na' },
    unit: {
      type: 'string',
      example: 'division:d-east',
      description: '所属审批单元 / the split it belongs to',
    },
    divisionId: { type: 'string', nullable: true },
    personId: { type: 'string', nullable: true },
    currency: { type: 'string', example: 'CNY', description: '币种（ISO 4217）/ currency of every amount' },
    targets: {
      ...nodeTargets,
      nullable: true,
      description: `生效中的目标（最近一次批准的版本；尚未批准时为 null）/ the targets in force (last approved version; null before any approval). ${nodeTargets.description}`,
    },
    approvedVersion: { type: 'integer', nullable: true, description: '生效版本号 / version in force' },
    yearToDate: {
      type: 'object',
      nullable: true,
      description: '生效目标的季度、月度累计 / cumulative quarters and months of the targets in force (T3)',
    },
    pending: {
      type: 'object',
      nullable: true,
      description: '尚未生效的草稿或修订（待审批）/ a draft or revision not in force yet, with its status',
      required: ['unit', 'version', 'status', 'revisionReason', 'targets'],
      properties: {
        unit: {
          ...unitId,
          description:
            '待审批版本所属分解（转移中为新事业部）/ the split of the pending version (the new division’s during a transfer)',
        },
        version: { type: 'integer' },
        status: {
          type: 'string',
          enum: ['draft', 'submitted'],
          description: '草稿 / 已提交 draft / submitted',
        },
        revisionReason: { type: 'string', nullable: true },
        targets: nodeTargets,
      },
    },
    transfer: { ...TRANSFER_VIEW, nullable: true },
  },
};
