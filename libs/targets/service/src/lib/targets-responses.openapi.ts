/** What the targets reads answer, for the OpenAPI document (the shapes of `@sales/targets/domain`'s views). */
const nodeTargets = {
  type: 'object',
  description:
    '各指标的现实/理想目标：全年、4 个季度、12 个月；金额为整数（分），币种见 currency / per metric the realistic and stretch year, quarters and months; money in integer fen of `currency`',
};

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
      required: ['version', 'status', 'revisionReason', 'targets'],
      properties: {
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
  },
};
