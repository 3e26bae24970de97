import { CALENDAR_SOURCE_KINDS } from '@sales/kpi/events';

/** What the calendar routes answer, for the OpenAPI document. */
const date = { type: 'string', format: 'date', example: '2025-10-01' };
const days = (description: string) => ({
  type: 'array',
  description,
  items: {
    type: 'object',
    required: ['date', 'name'],
    properties: { date, name: { type: 'string', example: '国庆节、中秋节' } },
  },
});

export const WORK_CALENDAR_RESPONSE = {
  type: 'object',
  required: [
    'year',
    'holidays',
    'makeUpWorkdays',
    'source',
    'version',
    'seeded',
    'setBy',
    'setAt',
    'workingDays',
  ],
  properties: {
    year: { type: 'integer', example: 2025 },
    holidays: days('节假日（按日期）/ public holidays, by date'),
    makeUpWorkdays: days('调休上班日（按日期）/ make-up working days, by date'),
    source: {
      type: 'object',
      required: ['kind', 'reference'],
      properties: {
        kind: {
          type: 'string',
          enum: [...CALENDAR_SOURCE_KINDS],
          description: 'official 官方通知，company 公司安排，sample 演示样例（须替换为官方安排）',
        },
        reference: { type: 'string', description: '出处 reference' },
      },
    },
    version: {
      type: 'integer',
      minimum: 0,
      description: '设定的版本号；0 为随系统提供的安排 / 0: the shipped seed',
    },
    seeded: {
      type: 'boolean',
      description:
        'true：该年尚未设定，使用随系统提供的安排 / nobody set the year: the shipped seed is in force',
    },
    setBy: { type: 'string', nullable: true, description: '设定人 set by (person id); null for a seed' },
    setAt: {
      type: 'string',
      format: 'date-time',
      nullable: true,
      description: '该版本的记录时间 recorded time of the version; null for a seed',
    },
    workingDays: { type: 'integer', minimum: 0, description: '该年工作日数 working days of the year' },
  },
};

export const WORK_CALENDAR_SET_RESPONSE = {
  type: 'object',
  required: ['version', 'events'],
  properties: {
    version: { type: 'integer', minimum: 0, description: '该年日历流的版本 / the year’s stream version' },
    events: {
      type: 'array',
      description:
        '本次记录的事件（与当前安排相同时为空）/ what was recorded (none when the same arrangement is set again)',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: { type: 'string' }, type: { type: 'string' } },
      },
    },
  },
};
