import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Omittable } from '@sales/shared/http';
import { IsString } from 'class-validator';
import { LAGGING_FIGURES, RANKABLE_FIGURES } from './table-query';

/*
 * The tables' query parameters are strings here; the service reads them (`table-query.ts`) and
 * answers one 400 naming every parameter that is wrong.
 */
const ID = '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}';

const Text = (schema: Parameters<typeof ApiProperty>[0] & object, required: boolean) =>
  applyDecorators(required ? ApiProperty(schema) : ApiPropertyOptional(schema), Omittable(), IsString());

const PERIOD = {
  description:
    '期间：年 2027、季度 2027-Q1 或月份 2027-03（按业务日期）/ the period: a year, a quarter or a month (by business date)',
  example: '2027-Q1',
  pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$',
};
const AS_OF = {
  description:
    '截至日期（默认今天，不能晚于今天）：只计该日结束前（公司时区）已记录的事件 / as of the end of this day in the company’s zone (default today)',
  example: '2027-03-31',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
};
const FORMAT = {
  description:
    '格式：json（默认）、csv 或 xlsx（中文表头，金额以元计）/ json (default), csv or xlsx (zh-CN headers, amounts in 元)',
  enum: ['json', 'csv', 'xlsx'],
  example: 'csv',
};
const WITHIN = {
  description:
    '范围：company（全公司，默认）或 division:<事业部编号> / the company (default) or one division',
  example: 'company',
  pattern: `^(company|division:${ID})$`,
};

export class RankingsQueryDto {
  @Text(WITHIN, false) within?: string;
  @Text(PERIOD, true) period?: string;
  @Text(AS_OF, false) asOf?: string;
  @Text(
    {
      description: '排名依据的指标（默认 P1.realistic）/ the figure ranked by',
      enum: RANKABLE_FIGURES,
      example: 'P1.realistic',
    },
    false,
  )
  figure?: string;
  @Text(FORMAT, false) format?: string;
}

export class LaggingQueryDto {
  @Text(WITHIN, false) within?: string;
  @Text(PERIOD, true) period?: string;
  @Text(AS_OF, false) asOf?: string;
  @Text(
    {
      description: '按哪项目标（默认 P1.realistic）/ the target the list is by',
      enum: LAGGING_FIGURES,
      example: 'P1.realistic',
    },
    false,
  )
  figure?: string;
  @Text(FORMAT, false) format?: string;
}

export class DivisionPeopleQueryDto {
  @Text(PERIOD, true) period?: string;
  @Text(AS_OF, false) asOf?: string;
  @Text(FORMAT, false) format?: string;
}
