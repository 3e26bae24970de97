/* What the plan reads answer, for the OpenAPI document: `@sales/targets/domain`'s PlanView, AllocationLine and NodeView. */
import {
  CURRENCY,
  LEVEL,
  METRIC,
  NODE_ID,
  NODE_TARGETS,
  NULLABLE_PERSON_ID,
  UNIT_ID,
  inFenOrCount,
} from './targets-figures.openapi';
import { TRANSFER_VIEW } from './transfers-responses.openapi';

const UNIT_STATUS = {
  type: 'string',
  enum: ['draft', 'submitted', 'approved'],
  description: '草稿 / 已提交 / 已批准 draft / submitted / approved',
};
const ALLOCATION_STATUS = {
  type: 'string',
  enum: ['under', 'exact', 'over'],
  description: '分配不足 / 恰好 / 超出 under-allocated / exact / over',
};
const REVISION = {
  type: 'integer',
  minimum: 0,
  description: '节点的修改次数（即 ETag，修改时作为 If-Match 回传）/ changes of the node so far (its ETag)',
};
const CHANGED_BY = { ...NULLABLE_PERSON_ID, description: '最后修改人 / who made the last change' };
const NULLABLE_ID = { type: 'string', nullable: true };

/** A split (PlanUnitView) with its status and the transfers it takes part in. */
const PLAN_UNIT = {
  type: 'object',
  required: [
    'unit',
    'status',
    'version',
    'approvedVersion',
    'revisionReason',
    'submittedBy',
    'awaitingTransfer',
  ],
  properties: {
    unit: UNIT_ID,
    status: UNIT_STATUS,
    version: { type: 'integer', minimum: 1, description: '当前版本 / the version being worked on' },
    approvedVersion: {
      type: 'integer',
      nullable: true,
      description: '生效（最近批准）的版本 / the version in force',
    },
    revisionReason: { type: 'string', nullable: true, description: '修订原因 / reason of the revision' },
    submittedBy: {
      ...NULLABLE_PERSON_ID,
      description: '提交人 / who submitted the version awaiting a decision',
    },
    excluded: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: '落实到人例外：人员编号 → 原因 / salespeople left without targets, with the reason',
    },
    awaitingTransfer: {
      type: 'array',
      items: TRANSFER_VIEW,
      description: '待转移或转移中的目标 / moved salespeople whose targets await or undergo a transfer',
    },
  },
};

/** A node as it is being worked on (PlanNode). */
const PLAN_NODE = {
  type: 'object',
  required: ['node', 'unit', 'divisionId', 'personId', 'targets', 'revision', 'changedBy'],
  properties: {
    node: NODE_ID,
    unit: UNIT_ID,
    divisionId: NULLABLE_ID,
    personId: NULLABLE_ID,
    targets: NODE_TARGETS,
    revision: REVISION,
    changedBy: CHANGED_BY,
  },
};

const QUARTER_ALLOCATION = {
  type: 'object',
  required: ['figure', 'allocated', 'difference', 'status'],
  properties: {
    figure: { type: 'integer' },
    allocated: { type: 'integer' },
    difference: { type: 'integer' },
    status: ALLOCATION_STATUS,
  },
};

/** One parent, one metric, one level: its figure against what its children were given (T2). */
export const ALLOCATION_LINE = {
  type: 'object',
  required: [
    'node',
    'unit',
    'metric',
    'level',
    'currency',
    'figure',
    'allocated',
    'difference',
    'status',
    'children',
    'quarters',
  ],
  properties: {
    node: NODE_ID,
    unit: UNIT_ID,
    metric: METRIC,
    level: LEVEL,
    currency: {
      ...CURRENCY,
      nullable: true,
      description:
        'figure、allocated、difference 的币种（金额指标，单位为分）；新增客户（户数）为 null / currency of the amounts (integer fen); null for new customers, a head count',
    },
    figure: { type: 'integer', description: inFenOrCount('上级目标（全年）', 'the parent’s year figure') },
    allocated: { type: 'integer', description: inFenOrCount('已分配合计', 'the sum given to the children') },
    difference: {
      type: 'integer',
      description: inFenOrCount(
        '差额 = 已分配 − 目标（负数为分配不足）',
        'allocated − figure (negative: under-allocated)',
      ),
    },
    status: ALLOCATION_STATUS,
    children: { type: 'array', items: NODE_ID },
    quarters: {
      type: 'array',
      minItems: 4,
      maxItems: 4,
      items: QUARTER_ALLOCATION,
      description: inFenOrCount('逐季度核对（渐进式目标）', 'the same comparison quarter by quarter'),
    },
  },
};

export const ALLOCATION_RESPONSE = { type: 'array', items: ALLOCATION_LINE };

export const PLAN_VIEW_RESPONSE = {
  type: 'object',
  required: ['fiscalYear', 'currency', 'units', 'nodes', 'allocation', 'transfers', 'approved'],
  properties: {
    fiscalYear: { type: 'integer', example: 2026 },
    currency: CURRENCY,
    units: {
      type: 'array',
      items: PLAN_UNIT,
      description: '数据范围内的分解 / the splits in the caller’s scope',
    },
    nodes: {
      type: 'array',
      items: PLAN_NODE,
      description: '数据范围内的节点（正在编制的目标）/ the nodes in scope, as being worked on',
    },
    allocation: { type: 'array', items: ALLOCATION_LINE },
    transfers: { type: 'array', items: TRANSFER_VIEW },
    approved: {
      type: 'boolean',
      description:
        '全部分解已批准、无分配不足、无待转移 / every split approved, none under-allocated, no transfer awaited',
    },
  },
};

/** Cumulative figures of one level (累计目标). */
const YEAR_TO_DATE_LEVEL = {
  type: 'object',
  required: ['quarters', 'months'],
  properties: {
    quarters: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'integer' } },
    months: { type: 'array', minItems: 12, maxItems: 12, items: { type: 'integer' } },
  },
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
    'transfer',
    'revision',
    'changedBy',
  ],
  properties: {
    node: NODE_ID,
    unit: { ...UNIT_ID, description: '生效目标所属的分解 / the split whose figures are in force' },
    divisionId: NULLABLE_ID,
    personId: NULLABLE_ID,
    currency: CURRENCY,
    targets: {
      ...NODE_TARGETS,
      nullable: true,
      description: `生效中的目标（最近一次批准的版本；尚未批准时为 null）/ the targets in force (last approved version; null before any approval). ${NODE_TARGETS.description}`,
    },
    approvedVersion: { type: 'integer', nullable: true, description: '生效版本号 / version in force' },
    yearToDate: {
      type: 'object',
      nullable: true,
      description: inFenOrCount(
        '生效目标的季度、月度累计（按指标与层级）',
        'cumulative quarters and months of the targets in force, per metric and level (T3)',
      ),
      additionalProperties: {
        type: 'object',
        required: ['realistic', 'stretch'],
        properties: { realistic: YEAR_TO_DATE_LEVEL, stretch: YEAR_TO_DATE_LEVEL },
      },
    },
    pending: {
      type: 'object',
      nullable: true,
      description: '尚未生效的草稿或修订（待审批）/ a draft or revision not in force yet, with its status',
      required: ['unit', 'version', 'status', 'revisionReason', 'targets'],
      properties: {
        unit: {
          ...UNIT_ID,
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
        targets: NODE_TARGETS,
      },
    },
    transfer: { ...TRANSFER_VIEW, nullable: true },
    revision: REVISION,
    changedBy: CHANGED_BY,
  },
};
