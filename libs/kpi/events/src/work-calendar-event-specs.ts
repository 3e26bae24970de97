import {
  type JsonSchema,
  type PublishedEventSpec,
  publishedEventSpec,
  schemaParts,
} from '@sales/shared/domain';
import { KPI_CONTEXT } from './kpi-events';
import { CALENDAR_SOURCE_KINDS } from './work-calendar-events';

const { businessDate, described, id, nonEmpty, text } = schemaParts;

const days = (zh: string, en: string, dayZh: string, dayEn: string): JsonSchema =>
  described(
    {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          date: businessDate('日期', 'Date'),
          name: nonEmpty(`名称（如${dayZh}）`, `Name (e.g. ${dayEn})`),
        },
        required: ['date', 'name'],
        additionalProperties: false,
      },
    },
    `${zh}（按日期排序，每天至多一次）`,
    `${en} (by date, each day at most once)`,
  );

export const WORK_CALENDAR_EVENT_SPECS: readonly PublishedEventSpec[] = [
  publishedEventSpec({
    context: KPI_CONTEXT,
    type: 'WorkCalendarSet',
    schemaVersion: 1,
    summary: text(
      '市场部主管或业务副总设定了某年的工作日历（节假日与调休上班日，整年替换此前版本；KPI P4 的工作日依据）',
      'The sales admin or the VP set a year’s work calendar (public holidays and make-up working days, replacing earlier versions as a whole; the working days of KPI P4)',
    ),
    properties: {
      year: described({ type: 'integer', minimum: 1900, maximum: 9999 }, '年份', 'Year'),
      holidays: days(
        '节假日（放假的日子；周末不在此列也照常休息）',
        'Public holidays (days off; weekends not listed are off as usual)',
        '“国庆节”',
        '国庆节',
      ),
      makeUpWorkdays: days(
        '调休上班日（须上班的周六或周日）',
        'Make-up working days (a Saturday or Sunday that is worked)',
        '“国庆节调休上班”',
        '国庆节调休上班',
      ),
      source: described(
        {
          type: 'object',
          properties: {
            kind: described(
              { type: 'string', enum: [...CALENDAR_SOURCE_KINDS] },
              '来源：official 官方通知，company 公司安排，sample 演示样例',
              'Source: official notice, company arrangement, or demo sample',
            ),
            reference: nonEmpty(
              '出处（如国务院办公厅通知文号）',
              'Reference (e.g. the State Council notice it follows)',
            ),
          },
          required: ['kind', 'reference'],
          additionalProperties: false,
        },
        '安排的来源',
        'Where the arrangement comes from',
      ),
      version: described(
        { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        '该年日历的版本号（从 1 起）',
        'Version of the year’s calendar (from 1)',
      ),
      setBy: id('设定人（人员编号）', 'Set by (person id)'),
    },
  }),
];
