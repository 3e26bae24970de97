import {
  type JsonSchema,
  type PublishedEventSpec,
  publishedEventFactory,
  publishedEventSpec,
  schemaParts,
} from '@sales/shared/domain';
import { KPI_FIGURE_IDS } from '@sales/kpi/events';
import { APPRAISAL_CONTEXT } from './appraisal-events';
import type { SchemePublishedEvent } from './scheme-published-events';

const { text, described, nonEmpty, businessDate } = schemaParts;

const decimal = (zh: string, en: string) =>
  described(
    { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' },
    `${zh}（精确小数文本，与指标同单位）`,
    `${en} (exact decimal text, in the figure's unit)`,
  );
const percent = (zh: string, en: string) =>
  described(
    { type: 'number', minimum: 0, maximum: 100 },
    `${zh}（百分数，最多两位小数）`,
    `${en} (percent, at most 2 decimals)`,
  );
const closed = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const curve = described(
  {
    oneOf: [
      closed({
        kind: { const: 'linear' },
        floor: decimal('下限（此值及以下 0 分）', 'Floor (0 points at or beyond it)'),
        target: decimal('目标（100 分）', 'Target (100 points)'),
        cap: {
          ...decimal(
            '封顶值（超过目标后按同一斜率加分至此）',
            'Cap (points keep rising past target up to it)',
          ),
          type: ['string', 'null'],
        },
      }),
      closed({
        kind: { const: 'bands' },
        bands: {
          type: 'array',
          minItems: 1,
          items: closed({
            from: decimal('档位起点（含）', 'Band start (inclusive)'),
            points: { type: 'number', minimum: 0 },
          }),
        },
      }),
    ],
  },
  '评分曲线：线性（下限—目标—封顶）或分档',
  'Scoring curve: linear (floor–target–cap) or stepped bands',
);

const rules: Record<string, JsonSchema> = {
  schemeId: nonEmpty('考核办法编号', 'Scheme id'),
  version: described({ type: 'integer', minimum: 1 }, '版本号', 'Version'),
  effectiveFrom: businessDate('生效日期', 'In force from'),
  name: nonEmpty('名称', 'Name'),
  appliesTo: described(
    { type: 'string', enum: ['salesperson', 'division_manager'] },
    '适用对象：业务人员（本人指标）或事业部经理（本事业部指标）',
    'Who it appraises: salespeople (own figures) or division managers (their division’s figures)',
  ),
  kpis: described(
    {
      type: 'array',
      minItems: 1,
      items: closed({
        figureId: { type: 'string', enum: [...KPI_FIGURE_IDS] },
        weightPercent: percent('权重', 'Weight'),
        curve,
      }),
    },
    'KPI 及其权重（与定性部分权重合计 100%）',
    'KPIs and weights (with the qualitative weight, exactly 100%)',
  ),
  qualitativeWeightPercent: percent('定性评价权重', 'Qualitative evaluation weight'),
  gradeBands: described(
    {
      type: 'array',
      minItems: 1,
      items: closed({ grade: { type: 'string', minLength: 1 }, minScore: { type: 'number', minimum: 0 } }),
    },
    '等级（从高到低，得分 ≥ 下限）',
    'Grades, highest first (score ≥ minimum)',
  ),
  miss: described(
    {
      oneOf: [
        closed({
          kind: { const: 'grades' },
          grades: { type: 'array', items: { type: 'string' }, minItems: 1 },
          score: { type: 'null' },
        }),
        closed({
          kind: { const: 'score-below' },
          grades: { type: 'null' },
          score: { type: 'number', minimum: 0 },
        }),
      ],
    },
    '未达标的定义：指定等级，或得分低于某值',
    'What counts as a miss: the named grades, or a score below a threshold',
  ),
  ladder: described(
    closed({
      helpText: nonEmpty('第 1 次未达标：帮助', '1st miss: help'),
      penaltyText: nonEmpty(
        '连续第 2 次：惩罚（金额不发布）',
        '2nd consecutive: penalty (amount not published)',
      ),
      eliminationWarningText: nonEmpty(
        '连续第 3 次：淘汰预警（仅提示，由人决定）',
        '3rd consecutive: elimination warning (a flag for people to decide)',
      ),
    }),
    '连续未达标的处理阶梯',
    'The ladder for repeated misses',
  ),
};

/** The scheme slice's published events; the commission table and penalty amount stay internal. */
export const SCHEME_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SchemeSet',
    schemaVersion: 1,
    summary: text(
      '业务副总设定考核办法（提成方案不发布）',
      'The VP set an appraisal scheme (its commission table is not published)',
    ),
    properties: { ...rules, setBy: nonEmpty('设定人', 'Set by'), reason: { type: ['string', 'null'] } },
  }),
  publishedEventSpec({
    context: APPRAISAL_CONTEXT,
    type: 'SchemeRevised',
    schemaVersion: 1,
    summary: text(
      '考核办法修订为新版本，自生效日期起适用',
      'An appraisal scheme was revised: a new version in force from its date',
    ),
    properties: {
      ...rules,
      revisedBy: nonEmpty('修订人', 'Revised by'),
      reason: nonEmpty('修订原因', 'Reason'),
    },
  }),
];

/** A published scheme event at its current version. */
export const schemePublishedEvent = publishedEventFactory<SchemePublishedEvent>(SCHEME_EVENT_SPECS);
