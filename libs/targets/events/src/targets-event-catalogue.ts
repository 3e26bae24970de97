import { QUARTERLY_REVIEW_QUESTIONS } from './quarterly-review-questions';
import {
  JSON_SCHEMA_DIALECT,
  type JsonSchema,
  type LocalizedText,
  type PublishedEventSpec,
  bilingual,
} from '@sales/shared/domain';
import {
  LEVELS,
  METRICS,
  METRIC_LABELS,
  QUARTERLY_REVIEW_FIELDS,
  TARGETS_CONTEXT,
  TARGETS_EVENT_SCHEMA_VERSIONS,
  type TargetsEventType,
} from './targets-events';

const text = (zh: string, en: string): LocalizedText => ({ zh, en });
const described = (schema: Record<string, unknown>, zh: string, en: string): JsonSchema => ({
  ...schema,
  description: bilingual(text(zh, en)),
});

const amount = (zh: string, en: string) =>
  described({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, zh, en);
const nonEmpty = (zh: string, en: string) => described({ type: 'string', minLength: 1 }, zh, en);
const nullableId = (zh: string, en: string) => described({ type: ['string', 'null'], minLength: 1 }, zh, en);

const fiscalYear = described({ type: 'integer', minimum: 2000, maximum: 2100 }, '财年', 'Fiscal year');
const version = described(
  { type: 'integer', minimum: 1 },
  '该分解的版本号（每次修订加一）',
  'Version of the split (one more per revision)',
);
const unit = described(
  { type: 'string', pattern: '^(company|division:.+)$' },
  '审批单元：company（公司及各事业部分解，副总审批）或 division:<id>（事业部到个人的分解，事业部经理审批）',
  'Approval unit: company (company and division split, approved by the VP) or division:<id> (split to salespeople, approved by the division manager)',
);
const node = described(
  { type: 'string', pattern: '^(company|division:.+|salesperson:.+)$' },
  '分解节点：company、division:<事业部id>、salesperson:<人员id>',
  'Decomposition node: company, division:<division id>, salesperson:<person id>',
);

const levelTarget = described(
  {
    type: 'object',
    properties: {
      year: amount('全年目标', 'Year target'),
      quarters: described(
        { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 4, maxItems: 4 },
        '四个季度的目标，合计等于全年',
        'The four quarters, adding up to the year',
      ),
      months: described(
        { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 12, maxItems: 12 },
        '十二个月的目标，每季度三个月合计等于该季度',
        'The twelve months; each quarter’s three add up to the quarter',
      ),
    },
    required: ['year', 'quarters', 'months'],
    additionalProperties: false,
  },
  '一个目标水平',
  'One target level',
);

const metricTarget = described(
  {
    type: 'object',
    properties: {
      realistic: { $ref: '#/$defs/levelTarget', description: bilingual(text('现实目标', 'Realistic level')) },
      stretch: {
        $ref: '#/$defs/levelTarget',
        description: bilingual(text('理想目标', 'Stretch (ideal) level')),
      },
    },
    required: [...LEVELS],
    additionalProperties: false,
  },
  '一个指标的现实与理想目标',
  'Realistic and stretch levels of one metric',
);

const nodeTargets = described(
  {
    type: 'object',
    properties: Object.fromEntries(
      METRICS.map((m) => [
        m,
        {
          $ref: '#/$defs/metricTarget',
          description: bilingual(
            text(
              `${METRIC_LABELS[m].zh}（${METRIC_LABELS[m].unit === 'money' ? '金额，最小货币单位（分）' : '个数'}）`,
              `${METRIC_LABELS[m].en} (${METRIC_LABELS[m].unit === 'money' ? 'money, integer minor units' : 'count'})`,
            ),
          ),
        },
      ]),
    ),
    additionalProperties: false,
  },
  '节点各指标的目标',
  'Targets of a node per metric',
);

const nodeTargetsEntry = described(
  {
    type: 'object',
    properties: {
      node: { $ref: '#/$defs/node' },
      divisionId: nullableId(
        '节点所属事业部（公司节点为 null）',
        'Division of the node (null for the company)',
      ),
      personId: nullableId('业务人员（非个人节点为 null）', 'Salesperson (null unless a salesperson node)'),
      targets: { $ref: '#/$defs/nodeTargets' },
    },
    required: ['node', 'divisionId', 'personId', 'targets'],
    additionalProperties: false,
  },
  '一个节点的目标',
  'Targets of one node',
);

const regressiveQuarter = described(
  {
    type: 'object',
    properties: {
      node: { $ref: '#/$defs/node' },
      metric: described({ type: 'string', enum: [...METRICS] }, '指标', 'Metric'),
      level: described({ type: 'string', enum: [...LEVELS] }, '目标水平', 'Level'),
      quarter: described({ type: 'integer', minimum: 2, maximum: 4 }, '季度', 'Quarter'),
      amount: amount('该季度目标', 'Target of the quarter'),
      previous: amount('上一季度目标', 'Target of the quarter before'),
    },
    required: ['node', 'metric', 'level', 'quarter', 'amount', 'previous'],
    additionalProperties: false,
  },
  '低于上一季度的季度目标（已由制定人确认）',
  'A quarter below the previous one (acknowledged by the planner)',
);

const $defs = { node, levelTarget, metricTarget, nodeTargets, nodeTargetsEntry, regressiveQuarter };

const regressions = described(
  { type: 'array', items: { $ref: '#/$defs/regressiveQuarter' } },
  '制定人确认过的非渐进季度（低于上一季度）',
  'Quarters below the one before that the planner acknowledged',
);

const reviewForm = described(
  {
    type: 'object',
    properties: Object.fromEntries(
      QUARTERLY_REVIEW_FIELDS.map((field) => [
        field,
        nonEmpty(QUARTERLY_REVIEW_QUESTIONS[field].zh, QUARTERLY_REVIEW_QUESTIONS[field].en),
      ]),
    ),
    required: [...QUARTERLY_REVIEW_FIELDS],
    additionalProperties: false,
  },
  '季度复盘表',
  'Quarterly review form',
);

function spec(
  type: TargetsEventType,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
): PublishedEventSpec {
  const schemaVersion = TARGETS_EVENT_SCHEMA_VERSIONS[type];
  const usesDefs = JSON.stringify(properties).includes('#/$defs/');
  return {
    context: TARGETS_CONTEXT,
    type,
    schemaVersion,
    summary,
    schema: {
      $schema: JSON_SCHEMA_DIALECT,
      $id: `urn:sales:${TARGETS_CONTEXT}:${type}:v${schemaVersion}`,
      title: `${TARGETS_CONTEXT}.${type}.v${schemaVersion}`,
      description: bilingual(summary),
      type: 'object',
      properties,
      required: Object.keys(properties),
      additionalProperties: false,
      ...(usesDefs ? { $defs } : {}),
    },
  };
}

const salespersonId = nonEmpty('业务人员', 'Salesperson');
const quarter = described({ type: 'integer', minimum: 1, maximum: 4 }, '季度', 'Quarter');

/** Every event the targets context publishes on `sales.targets.events` (key: plan or review stream id). */
export const TARGETS_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  spec('PlanOpened', text('年度目标计划开始制定', 'A fiscal-year target plan was opened'), {
    fiscalYear,
    currency: described({ type: 'string', pattern: '^[A-Z]{3}$' }, '币种（ISO 4217）', 'Currency (ISO 4217)'),
  }),
  spec(
    'TargetsSet',
    text('节点目标已起草或修改（草稿）', 'Targets of a node were drafted or changed (draft)'),
    {
      fiscalYear,
      unit,
      version,
      node: { $ref: '#/$defs/node' },
      divisionId: nullableId('节点所属事业部', 'Division of the node'),
      personId: nullableId('业务人员', 'Salesperson'),
      targets: { $ref: '#/$defs/nodeTargets' },
      acknowledgedRegressions: regressions,
    },
  ),
  spec('TargetsSubmitted', text('目标分解已提交审批', 'A split was submitted for approval'), {
    fiscalYear,
    unit,
    version,
    submittedBy: nonEmpty('提交人', 'Submitted by'),
  }),
  spec(
    'TargetsApproved',
    text('目标分解已批准（含该版本全部目标）', 'A split was approved (with all of its targets)'),
    {
      fiscalYear,
      currency: described({ type: 'string', pattern: '^[A-Z]{3}$' }, '币种', 'Currency'),
      unit,
      version,
      approvedBy: nonEmpty('审批人', 'Approved by'),
      nodes: described(
        { type: 'array', items: { $ref: '#/$defs/nodeTargetsEntry' } },
        '该审批单元的全部节点目标',
        'All node targets of the unit',
      ),
    },
  ),
  spec('TargetsRejected', text('目标分解被退回', 'A split was sent back'), {
    fiscalYear,
    unit,
    version,
    rejectedBy: nonEmpty('退回人', 'Sent back by'),
    reason: nonEmpty('退回原因', 'Reason'),
  }),
  spec(
    'TargetsRevised',
    text('已批准目标提出修订，待重新审批', 'Approved targets were revised and await approval again'),
    {
      fiscalYear,
      unit,
      version,
      revisedBy: nonEmpty('修订人', 'Revised by'),
      reason: nonEmpty('修订原因', 'Reason for the revision'),
      changes: described(
        { type: 'array', items: { $ref: '#/$defs/nodeTargetsEntry' }, minItems: 1 },
        '修订的节点目标',
        'Revised node targets',
      ),
      acknowledgedRegressions: regressions,
    },
  ),
  spec(
    'QuarterlyReviewSubmitted',
    text('业务人员提交季度复盘', 'A salesperson submitted a quarterly review'),
    {
      salespersonId,
      fiscalYear,
      quarter,
      divisionId: nonEmpty('所属事业部', 'Division'),
      form: reviewForm,
    },
  ),
  spec('QuarterlyReviewCommented', text('经理点评季度复盘', 'The manager commented on a quarterly review'), {
    salespersonId,
    fiscalYear,
    quarter,
    commentedBy: nonEmpty('点评人', 'Commented by'),
    comment: nonEmpty('点评', 'Comment'),
  }),
  spec('QuarterlyReviewArchived', text('季度复盘已归档', 'A quarterly review was archived'), {
    salespersonId,
    fiscalYear,
    quarter,
    archivedBy: nonEmpty('归档人', 'Archived by'),
  }),
];
