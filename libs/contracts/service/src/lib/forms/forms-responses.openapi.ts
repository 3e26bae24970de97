import { MAX_FORMS_PER_ISSUE } from '@sales/contracts/domain';

/** What the forms routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2027-03-01' };
const number = { type: 'string', description: '合同编号 form number', example: 'HT-2027-0001' };
const name = (what: string) => ({ type: 'string', nullable: true, description: `${what}（今天的组织）` });
const events = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'type'],
    properties: { id: { type: 'string' }, type: { type: 'string' } },
  },
};

export const FORMS_ISSUED_RESPONSE = {
  type: 'object',
  required: ['version', 'events', 'year', 'numbers'],
  properties: {
    version: {
      type: 'integer',
      minimum: 1,
      description: '该年度合同登记簿的版本 / version of the year’s book',
    },
    events,
    year: { type: 'integer', description: '编号年度 numbering year' },
    numbers: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_FORMS_PER_ISSUE,
      items: number,
      description: '本次发放的编号（年度内连续）/ the numbers issued, consecutive within the year',
    },
  },
};

const status = {
  type: 'string',
  enum: ['out', 'used', 'voided', 'returned'],
  description: 'out 领用中 / used 已使用 / voided 已作废 / returned 已退回',
};

export const FORM_RESPONSE = {
  type: 'object',
  required: ['number', 'year', 'seq', 'holderId', 'issuedOn', 'status', 'endedOn', 'contractId', 'daysOut'],
  properties: {
    number,
    year: { type: 'integer' },
    seq: { type: 'integer', minimum: 1, description: '年度内序号 sequence within the year' },
    holderId: { type: 'string', description: '领用人 holder' },
    holderName: name('领用人姓名'),
    divisionId: { type: 'string', nullable: true, description: '领用人所在事业部 division of the holder' },
    issuedOn: date,
    status,
    endedOn: {
      ...date,
      nullable: true,
      description: '使用、作废或退回的日期 / date used, voided or returned',
    },
    contractId: {
      type: 'string',
      nullable: true,
      description: '使用时绑定的合同 / the contract it was used for',
    },
    daysOut: {
      type: 'integer',
      nullable: true,
      description: '领用至今的天数（仅领用中）/ days out as of today (only while out)',
    },
  },
};

const unreturnedForm = {
  type: 'object',
  required: ['number', 'year', 'holderId', 'divisionId', 'issuedOn', 'daysOut'],
  properties: {
    number,
    year: { type: 'integer' },
    holderId: { type: 'string' },
    divisionId: { type: 'string', nullable: true },
    issuedOn: date,
    daysOut: {
      type: 'integer',
      minimum: 0,
      description: '领用天数（发放当天为 0）/ days out (0 on the day of issue)',
    },
  },
};

export const UNRETURNED_FORMS_RESPONSE = {
  type: 'object',
  description: '未交回（未使用、未作废、未退回）的合同，领用最久的在前 / forms still out, longest out first',
  required: ['asOf', 'total', 'people', 'divisions'],
  properties: {
    asOf: { ...date, description: '统计日（今天）/ as of today' },
    total: { type: 'integer', minimum: 0 },
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['holderId', 'divisionId', 'count', 'oldestDaysOut', 'forms'],
        properties: {
          holderId: { type: 'string' },
          holderName: name('领用人姓名'),
          divisionId: { type: 'string', nullable: true },
          divisionName: name('事业部名称'),
          count: { type: 'integer', minimum: 1 },
          oldestDaysOut: { type: 'integer', minimum: 0 },
          forms: { type: 'array', items: unreturnedForm },
        },
      },
    },
    divisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['divisionId', 'count', 'holders', 'oldestDaysOut'],
        properties: {
          divisionId: { type: 'string', nullable: true, description: '无事业部为 null / null: no division' },
          divisionName: name('事业部名称'),
          count: { type: 'integer', minimum: 1 },
          holders: { type: 'integer', minimum: 1, description: '领用人数 / people holding them' },
          oldestDaysOut: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
};

const format = {
  type: 'object',
  required: ['version', 'prefix', 'width'],
  properties: {
    version: {
      type: 'integer',
      minimum: 0,
      description: '版本（0 为系统默认 HT）/ version (0: built-in default)',
    },
    prefix: { type: 'string', example: 'HT' },
    width: { type: 'integer', minimum: 3, maximum: 6 },
  },
};

export const FORM_NUMBER_FORMAT_RESPONSE = {
  type: 'object',
  required: ['current', 'versions'],
  properties: {
    current: {
      ...format,
      required: [...format.required, 'example'],
      properties: { ...format.properties, example: { ...number, description: '今年第一份的编号 / example' } },
    },
    versions: {
      type: 'array',
      description: '历次设定，旧的在前 / every version set, oldest first',
      items: {
        ...format,
        required: [...format.required, 'setBy', 'setOn'],
        properties: { ...format.properties, setBy: { type: 'string' }, setOn: date },
      },
    },
  },
};
