import { FIGURE_IDS, formulasForDocs } from './figure-catalogue';

/** What the figures routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2027-03-31' };
const text = { type: 'string' };
const bilingual = { type: 'object', required: ['zh', 'en'], properties: { zh: text, en: text } };
const object = (properties: Record<string, object>, extra: object = {}) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...extra,
});

export const MONEY_SCHEMA = object(
  {
    amountMinor: {
      type: 'integer',
      description: '金额（整数，分；币种见 currency）/ integer minor units (fen)',
    },
    currency: { type: 'string', example: 'CNY', description: 'ISO 4217' },
    display: { type: 'string', example: '1,000.00 元', description: '金额（元，千分位）/ as people read it' },
  },
  { description: '金额 money' },
);

export const RATE_SCHEMA = {
  type: 'object',
  required: ['numerator', 'denominator', 'value', 'display'],
  description:
    '比率：精确小数（6 位，四舍五入）与分子、分母；分母为零时 value 为 null 并给出 reason / a rate: exact decimal (6 places, half-up) with numerator and denominator; null with the reason when the denominator is zero',
  properties: {
    numerator: { type: 'integer' },
    denominator: { type: 'integer' },
    value: { type: 'string', nullable: true, example: '0.833333' },
    display: { type: 'string', example: '83.3%' },
    reason: { type: 'string' },
  },
};

const FIGURE_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'formula', 'unit', 'value', 'inputs'],
  properties: {
    id: { type: 'string', enum: FIGURE_IDS },
    name: bilingual,
    formula: { ...bilingual, description: '公式（DOMAIN.md P1–P7）/ the formula' },
    unit: { type: 'string', enum: ['rate', 'per-working-day', 'count', 'count-by-grade', 'share', 'money'] },
    value: {
      description:
        '按 unit：rate / per-working-day 为比率对象；count 为整数；count-by-grade 为 {A,B,C,D,ungraded}；share 为各产品线 [{productLineId, amount, share}]；money 为金额；未计算时为 null 并给出 reason / by unit: a rate object, an integer, counts by grade, product lines with shares, or money; null with a reason when not computed',
      nullable: true,
      oneOf: [
        RATE_SCHEMA,
        MONEY_SCHEMA,
        { type: 'integer' },
        { type: 'object', additionalProperties: { type: 'integer' } },
        { type: 'array', items: { type: 'object' } },
      ],
    },
    reason: { type: 'string', description: '未计算的原因 / why there is no value' },
    inputs: {
      type: 'object',
      description: '计算所用的分项（金额、目标、次数）/ the parts it is computed from',
    },
  },
};

const HEADER = {
  subject: object({
    key: { type: 'string', example: 'division:d-east' },
    kind: { type: 'string', enum: ['person', 'division', 'company'] },
    id: { type: 'string', nullable: true },
    name: { type: 'string', example: '华东事业部' },
  }),
  period: object({
    label: { type: 'string', example: '2027-Q1' },
    kind: { type: 'string', enum: ['month', 'quarter', 'year'] },
    from: date,
    to: date,
  }),
  asOf: date,
  recordedBefore: {
    type: 'string',
    format: 'date-time',
    description:
      '此时刻之前记录的事件计入（截至日期在公司时区的结束）/ events recorded before this instant count',
  },
  currency: { type: 'string', example: 'CNY' },
  readModelVersion: { type: 'integer', minimum: 1 },
};

export const FIGURES_RESPONSE = object({ ...HEADER, figures: { type: 'array', items: FIGURE_SCHEMA } });

const EXPLAINED_FACT = object({
  id: { type: 'string', description: '事件编号 event id' },
  factId: text,
  type: { type: 'string', description: '事件类型 event type' },
  context: text,
  kind: text,
  part: {
    type: 'string',
    description: '在公式中的作用 its part in the formula (signed, terminated, target, payment…)',
  },
  businessDate: { ...date, description: '业务日期 business date' },
  recordedAt: { type: 'string', format: 'date-time', description: '记录时间 recorded time' },
  amount: {
    ...MONEY_SCHEMA,
    nullable: true,
    description: '金额（负数为扣减；计数类为 null）/ amount (negative: deducted; null for counted facts)',
  },
  about: { type: 'object', additionalProperties: { type: 'string', nullable: true } },
});

export const EXPLANATION_RESPONSE = object({
  ...HEADER,
  figure: FIGURE_SCHEMA,
  worked: {
    ...bilingual,
    description: '代入数字的公式（金额以元表示）/ the formula with the numbers put in (money in 元)',
  },
  facts: { type: 'array', items: EXPLAINED_FACT },
});

/** Every figure's formula, for the routes' descriptions. */
export const FORMULAS_DESCRIPTION = `各指标公式 / every figure's formula:\n\n${formulasForDocs()}`;
