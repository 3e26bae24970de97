import { type PublishedEventSpec, publishedEventSpec, schemaParts } from '@sales/shared/domain';
import { CONTRACTS_CONTEXT } from './contracts-events';

const { businessDate, described, id, nonEmpty, text } = schemaParts;

const line = {
  productLineId: described(
    { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,31}$' },
    '产品线编号（如 led、lcd-wall）',
    'Product line id (e.g. led, lcd-wall)',
  ),
  name: described(
    {
      type: 'object',
      additionalProperties: false,
      required: ['zh', 'en'],
      properties: { zh: nonEmpty('中文名称', 'Chinese name'), en: nonEmpty('英文名称', 'English name') },
    },
    '产品线名称（中文、英文）',
    'Product line name (Chinese, English)',
  ),
  vatBasisPoints: described(
    { type: 'integer', minimum: 0, maximum: 10000 },
    '默认增值税率（基点，1300 = 13%）',
    'Default VAT rate (basis points, 1300 = 13%)',
  ),
  by: id('操作人（系统管理员或业务副总）', 'By (the admin or the VP)'),
  on: businessDate('日期', 'Business date'),
};

export const CATALOGUE_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ProductLineDefined',
    schemaVersion: 1,
    summary: text('新增产品线', 'A product line added to the catalogue'),
    properties: line,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ProductLineChanged',
    schemaVersion: 1,
    summary: text('产品线名称或默认税率已修改', 'A product line renamed or its default VAT rate changed'),
    properties: line,
  }),
  publishedEventSpec({
    context: CONTRACTS_CONTEXT,
    type: 'ProductLineRetired',
    schemaVersion: 1,
    summary: text('产品线已停用（不能再报备或签约）', 'A product line retired (no new reports or signings)'),
    properties: line,
  }),
];
