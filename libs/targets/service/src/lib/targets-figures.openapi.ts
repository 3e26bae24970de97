import { LEVELS, METRICS, METRIC_LABELS } from '@sales/targets/events';

/*
 * The pieces every targets read is made of, for the OpenAPI document: ids, the plan's figures
 * (`NodeTargets` of `@sales/targets/events`) and who did what when. Money is integer 分 (fen) of
 * the ISO 4217 currency the same response names.
 */

export const CURRENCY = {
  type: 'string',
  pattern: '^[A-Z]{3}$',
  example: 'CNY',
  description:
    '币种（ISO 4217），本响应中金额的单位为其“分” / currency (ISO 4217) of every amount, in its minor unit',
};

export const UNIT_ID = {
  type: 'string',
  pattern: '^(company|division:.+)$',
  example: 'division:d-east',
  description: '审批单元：公司分解或某事业部的分解 / an approval unit: the company split or a division’s',
};

export const NODE_ID = {
  type: 'string',
  pattern: '^(company|division:.+|salesperson:.+)$',
  example: 'salesperson:p-li-na',
  description: '分解节点：公司、事业部、业务人员 / a node: the company, a division, a salesperson',
};

export const PERSON_ID = { type: 'string', example: 'p-li-na', description: '人员编号 / person id' };
export const NULLABLE_PERSON_ID = { ...PERSON_ID, nullable: true };
export const TIME = {
  type: 'string',
  format: 'date-time',
  example: '2026-03-15T02:00:00.000Z',
  description: '记录时间（ISO-8601）/ when it was recorded',
};

export const METRIC = {
  type: 'string',
  enum: [...METRICS],
  description: METRICS.map((m) => `${m} ${METRIC_LABELS[m].zh}`).join(', '),
};
export const LEVEL = {
  type: 'string',
  enum: [...LEVELS],
  description: 'realistic 现实目标, stretch 理想目标',
};

/** The words a money field's description starts with: 分 and the currency, as issue 8 asks. */
export const inFen = (zh: string, en: string) =>
  `${zh}（整数，单位：分 fen，币种见 currency）/ ${en}, integer fen of \`currency\``;

/** A figure of any metric: money metrics in fen, new customers (新增客户) a head count. */
export const inFenOrCount = (zh: string, en: string) =>
  `${zh}（金额指标为整数分 fen，币种见 currency；新增客户为户数）/ ${en}: integer fen of \`currency\` for money metrics, a head count for new customers`;

const integerArray = (length: number, description: string) => ({
  type: 'array',
  minItems: length,
  maxItems: length,
  items: { type: 'integer' },
  description,
});

/** One level of one metric: the year, its 4 quarters and 12 months, adding up exactly. */
const levelTarget = (unit: string) => ({
  type: 'object',
  required: ['year', 'quarters', 'months'],
  properties: {
    year: { type: 'integer', minimum: 0, description: `全年 / the year, ${unit}` },
    quarters: integerArray(4, `4 个季度 / quarters 1–4, ${unit}`),
    months: integerArray(12, `12 个月 / months 1–12, ${unit}`),
  },
});

/** Every metric's realistic and stretch targets; money metrics in fen, new customers a head count. */
export const NODE_TARGETS = {
  type: 'object',
  description:
    '各指标的现实/理想目标（全年、季度、月度）；金额指标为整数分（fen），币种见 currency；新增客户为户数 / per metric the realistic and stretch year, quarters and months: money in integer fen of `currency`, new customers a head count',
  properties: Object.fromEntries(
    METRICS.map((metric) => {
      const { zh, en, unit } = METRIC_LABELS[metric];
      const measure = unit === 'money' ? '分 fen of `currency`' : '户 customers (a count)';
      const level = levelTarget(measure);
      return [
        metric,
        {
          type: 'object',
          description:
            unit === 'money' ? inFen(zh, en) : `${zh}（户数，非金额）/ ${en}, a head count, not money`,
          required: [...LEVELS],
          properties: { realistic: level, stretch: level },
        },
      ];
    }),
  ),
};

/** Figures per node: `{ "salesperson:p-li-na": { salesAmount: … } }`. */
export const NODES_TARGETS = {
  type: 'object',
  description: '各节点的目标（键为节点）/ the targets of each node, keyed by node',
  additionalProperties: NODE_TARGETS,
};

/** A step of a workflow: who took it and when it was recorded. */
export const STEP = {
  type: 'object',
  required: ['by', 'at'],
  properties: { by: PERSON_ID, at: { ...TIME, nullable: true } },
};
