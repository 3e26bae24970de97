import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** What the product-line routes answer, for the OpenAPI document. */
const text: SchemaObject = { type: 'string' };
const date: SchemaObject = { type: 'string', format: 'date', example: '2027-03-01' };
const object = (properties: Record<string, SchemaObject>, nullable = false): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(nullable ? { nullable: true } : {}),
});
const lineProperties: Record<string, SchemaObject> = {
  id: { type: 'string', description: '产品线编号 product line id', example: 'led' },
  name: object({ zh: text, en: text }),
  vatBasisPoints: {
    type: 'integer',
    minimum: 0,
    maximum: 10000,
    description: '默认增值税率（基点，1300 = 13%）default VAT rate, basis points',
  },
  active: {
    type: 'boolean',
    description: '可用于报备和签约（停用为 false）usable in new reports and signings',
  },
  retiredOn: { ...date, nullable: true, description: '停用日期 date retired' },
};

export const PRODUCT_LINE_RESPONSE: SchemaObject = object(lineProperties);

export const PRODUCT_LINES_RESPONSE: SchemaObject = {
  type: 'array',
  description: '全部产品线（默认的在前；停用的也列出）every product line, defaults first, retired ones too',
  items: PRODUCT_LINE_RESPONSE,
};

export const PRODUCT_LINE_COMMAND_RESPONSE: SchemaObject = object({
  version: { type: 'integer', minimum: 0 },
  events: {
    type: 'array',
    description: '本次记录的事件（无变化的重试为空）/ events recorded (none for a retry changing nothing)',
    items: object({ id: text, type: text }),
  },
  line: object(lineProperties, true),
});
