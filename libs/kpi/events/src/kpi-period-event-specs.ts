import {
  type JsonSchema,
  type PublishedEventSpec,
  publishedEventSpec,
  schemaParts,
} from '@sales/shared/domain';
import { KPI_FIGURE_IDS } from './kpi-figure-ids';
import { KPI_CONTEXT } from './kpi-events';
import { KPI_FIGURE_UNITS } from './kpi-period-events';

const { businessDate, currency, described, id, nonEmpty, text } = schemaParts;

const closed = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const signedMinor = (zh: string, en: string) =>
  described(
    { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
    `${zh}（整数，分，可为负，币种见 currency）`,
    `${en} (integer minor units, fen, may be negative; currency in \`currency\`)`,
  );

const targetMinor = (zh: string, en: string) =>
  described(
    { type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    `${zh}（整数，分，币种见 currency；未设定为空）`,
    `${en} (integer minor units, fen; currency in \`currency\`; null: none set)`,
  );

const target = (zh: string, en: string): JsonSchema =>
  described(
    closed({
      realisticMinor: targetMinor('现实目标', 'Realistic target'),
      stretchMinor: targetMinor('理想目标', 'Stretch target'),
    }),
    `${zh}目标（期间内）`,
    `${en} target of the period`,
  );

const period = described(
  closed({
    kind: described(
      { type: 'string', enum: ['month', 'quarter', 'year'] },
      '期间类型：月、季、年',
      'Kind: month, quarter or year',
    ),
    label: described(
      { type: 'string', pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$' },
      '期间（2027、2027-Q1 或 2027-03）',
      'Period label (2027, 2027-Q1 or 2027-03)',
    ),
    from: businessDate('首日', 'First day'),
    to: businessDate('末日（含）', 'Last day (included)'),
  }),
  '考核期间（按业务日期）',
  'The appraised period (by business date)',
);

const figure = closed({
  figureId: described(
    { type: 'string', enum: [...KPI_FIGURE_IDS] },
    '指标编号（KPI API 的指标目录）',
    'Figure id (the KPI API’s catalogue)',
  ),
  unit: described(
    { type: 'string', enum: [...KPI_FIGURE_UNITS] },
    '单位：rate 比率，per-working-day 每工作日平均，count 个数，money 金额（分），count-by-grade / share 分布',
    'Unit: rate, per-working-day average, count, money (fen), count-by-grade / share (distributions)',
  ),
  value: described(
    { type: ['string', 'null'], pattern: '^-?\\d+(\\.\\d+)?$' },
    '数值（字符串）：比率为小数（"0.833333" 即 83.3%），每工作日平均为小数，个数为整数，金额为整数分；分布（P5.byGrade、P6）或无法计算时为空',
    'Value as a string: a rate as a decimal fraction ("0.833333" = 83.3%), an average per working day as a decimal, a count as an integer, money in fen; null for distributions (P5.byGrade, P6) or when not computable',
  ),
  display: nonEmpty('给人看的写法（如 83.3%、1,000.00 元）', 'As people read it (e.g. 83.3%, 1,000.00 元)'),
  reason: described(
    { type: ['string', 'null'], minLength: 1 },
    '数值为空的原因（有数值时为空）',
    'Why the value is null (null when there is one)',
  ),
});

const subject = closed({
  kind: described(
    { type: 'string', enum: ['person', 'division'] },
    '考核对象类型：人员或事业部',
    'Subject kind: a person or a division',
  ),
  id: id('人员或事业部编号', 'Person or division id'),
  name: nonEmpty('姓名或事业部名称（冻结时）', 'Name (at the close)'),
  figures: described(
    { type: 'array', items: figure, minItems: KPI_FIGURE_IDS.length, maxItems: KPI_FIGURE_IDS.length },
    '全部指标，按指标目录顺序，每项一次',
    'Every figure, in the catalogue’s order, each once',
  ),
  amounts: described(
    closed({
      signedMinor: signedMinor('期间签约额（扣除终止合同）', 'Signed in the period (terminations deducted)'),
      grossMarginMinor: signedMinor('期间毛利', 'Gross margin of the period'),
      collectedMinor: signedMinor('期间回款', 'Collected in the period'),
      targets: closed({
        sales: target('销售', 'Sales'),
        grossMargin: target('毛利', 'Gross-margin'),
        collections: target('回款', 'Collections'),
      }),
    }),
    '提成计算依据的金额',
    'The amounts commission tables are measured on',
  ),
  explain: nonEmpty(
    'KPI API 的计算过程查询地址（加 &figure=<指标编号>）',
    'The KPI API’s explain route (add &figure=<figure id>)',
  ),
});

export const KPI_PERIOD_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: KPI_CONTEXT,
    type: 'KpiPeriodClosed',
    schemaVersion: 1,
    summary: text(
      '考核期指标冻结：应其他上下文的请求（考核周期关闭），KPI 服务按截止时刻之前记录的事实计算每个考核对象的全部指标并发布一次，此后不再改变',
      'A period’s figures frozen: at another context’s request (an appraisal cycle closing), the KPI service computes every figure of each subject from the facts recorded before the cut-off and publishes them once; they never change afterwards',
    ),
    properties: {
      requestId: id('请求编号（考核周期编号）', 'Request id (the appraisal cycle id)'),
      requestedBy: described(
        closed({
          context: id('请求方上下文（如 appraisal）', 'Requesting context (e.g. appraisal)'),
          eventId: id('请求事件的编号', 'Id of the requesting event'),
        }),
        '请求来源',
        'Where the request came from',
      ),
      period,
      asOf: businessDate('截至日期（关闭当天）', 'As-of date (the day of the close)'),
      recordedBefore: described(
        { type: 'string', format: 'date-time' },
        '截止时刻（ISO-8601）：此前记录的事实计入，此后的不计入',
        'Cut-off instant (ISO-8601): facts recorded before it count, later ones do not',
      ),
      readModelVersion: described(
        { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        '计算所用的 KPI 读模型版本',
        'The KPI read-model version the figures come from',
      ),
      currency,
      subjects: described(
        { type: 'array', items: subject },
        '各考核对象的冻结指标',
        'Each subject’s frozen figures',
      ),
    },
  }),
];
