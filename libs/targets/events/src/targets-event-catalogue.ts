import {
  type JsonSchema,
  type LocalizedText,
  type PublishedEventSpec,
  bilingual,
  publishedEventFactory,
  publishedEventSpec,
} from '@sales/shared/domain';
import {
  LEVELS,
  METRICS,
  METRIC_LABELS,
  TARGETS_CONTEXT,
  type TargetsPublishedEvent,
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

const $defs = { node, levelTarget, metricTarget, nodeTargets, nodeTargetsEntry };

function spec(
  type: TargetsPublishedEvent['type'],
  schemaVersion: number,
  summary: LocalizedText,
  properties: Record<string, JsonSchema>,
): PublishedEventSpec {
  return publishedEventSpec({ context: TARGETS_CONTEXT, type, schemaVersion, summary, properties, $defs });
}

const salespersonId = nonEmpty('业务人员', 'Salesperson');
const quarter = described({ type: 'integer', minimum: 1, maximum: 4 }, '季度', 'Quarter');

/**
 * Every event the targets context publishes on `sales.targets.events` (key: plan or review stream
 * id), each at the schema version it is published with: the one source of those versions.
 */
export const TARGETS_EVENT_CATALOGUE: readonly PublishedEventSpec[] = [
  spec('PlanOpened', 1, text('年度目标计划开始制定', 'A fiscal-year target plan was opened'), {
    fiscalYear,
    currency: described({ type: 'string', pattern: '^[A-Z]{3}$' }, '币种（ISO 4217）', 'Currency (ISO 4217)'),
  }),
  spec(
    'PlanCorrected',
    1,
    text('草稿阶段的目标计划更正币种', 'A plan still in draft got its currency corrected'),
    {
      fiscalYear,
      currency: described(
        { type: 'string', pattern: '^[A-Z]{3}$' },
        '更正后的币种（ISO 4217）',
        'Corrected currency (ISO 4217)',
      ),
      previousCurrency: described({ type: 'string', pattern: '^[A-Z]{3}$' }, '原币种', 'Currency before'),
    },
  ),
  spec(
    'PlanAbandoned',
    1,
    text(
      '草稿阶段的目标计划被作废（该财年可重新开始）',
      'A plan still in draft was abandoned (the year may be opened again)',
    ),
    {
      fiscalYear,
      reason: nonEmpty('作废原因', 'Reason'),
    },
  ),
  spec('TargetsSubmitted', 1, text('目标分解已提交审批', 'A split was submitted for approval'), {
    fiscalYear,
    unit,
    version,
    submittedBy: nonEmpty('提交人', 'Submitted by'),
  }),
  spec(
    'TargetsApproved',
    1,
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
  spec('TargetsRejected', 1, text('目标分解被退回', 'A split was sent back'), {
    fiscalYear,
    unit,
    version,
    rejectedBy: nonEmpty('退回人', 'Sent back by'),
    reason: nonEmpty('退回原因', 'Reason'),
  }),
  spec(
    'QuarterlyReviewSubmitted',
    2,
    text(
      '业务人员提交季度复盘（复盘内容不对外发布）',
      'A salesperson submitted a quarterly review (its answers are not published)',
    ),
    { salespersonId, fiscalYear, quarter, divisionId: nonEmpty('所属事业部', 'Division') },
  ),
  spec('QuarterlyReviewArchived', 1, text('季度复盘已归档', 'A quarterly review was archived'), {
    salespersonId,
    fiscalYear,
    quarter,
    archivedBy: nonEmpty('归档人', 'Archived by'),
  }),
];

/** A published targets event at its current version (for the targets publications). */
export const targetsPublishedEvent = publishedEventFactory<TargetsPublishedEvent>(TARGETS_EVENT_CATALOGUE);
