import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Omittable } from '@sales/shared/http';
import { IsString } from 'class-validator';
import { FIGURE_IDS } from './figure-catalogue';

/*
 * The query parameters are strings here; the service reads them (`figure-query.ts`) and answers a
 * 400 naming the parameter with a message saying what it takes, so a direct caller (the tables)
 * gets the same refusals as HTTP.
 */
const ID = '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}';

const Text = (schema: Parameters<typeof ApiProperty>[0] & object, required: boolean) =>
  applyDecorators(required ? ApiProperty(schema) : ApiPropertyOptional(schema), Omittable(), IsString());

export class FiguresQueryDto {
  @Text(
    {
      description:
        '考核对象：person:<人员编号>（业务员）、division:<事业部编号> 或 company / whose figures: a person, a division or the company',
      example: 'division:d-east',
      pattern: `^(company|person:${ID}|division:${ID})$`,
    },
    true,
  )
  subject?: string;

  @Text(
    {
      description:
        '期间：年 2027、季度 2027-Q1 或月份 2027-03（按业务日期）/ the period: a year, a quarter or a month (by business date)',
      example: '2027-Q1',
      pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$',
    },
    true,
  )
  period?: string;

  @Text(
    {
      description:
        '截至日期（默认今天，不能晚于今天）：只计该日结束前（公司时区）已记录的事件 / as of the end of this day in the company’s zone (default today, not after today): only events recorded by then count',
      example: '2027-03-31',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    },
    false,
  )
  asOf?: string;
}

export class ExplainQueryDto extends FiguresQueryDto {
  @Text(
    {
      description: '要解释的指标 / the figure to explain',
      enum: FIGURE_IDS,
      example: 'P1.realistic',
    },
    true,
  )
  figure?: string;
}
