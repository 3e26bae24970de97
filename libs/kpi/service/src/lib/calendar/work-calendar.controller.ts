import { Body, Controller, Get, Param, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { KpiParameterError } from '../figures/kpi-parameter.error';
import { WORK_CALENDAR_RESPONSE, WORK_CALENDAR_SET_RESPONSE } from './work-calendar-responses.openapi';
import { WorkCalendarDto } from './work-calendar.dto';
import { WorkCalendarService } from './work-calendar.service';

const YEAR = {
  name: 'year',
  description: '年份 year',
  example: 2025,
  schema: { type: 'integer', minimum: 1900, maximum: 9999 },
};

/** The route's year, or a 400 naming it. */
function yearOf(value: string): number {
  if (!/^\d{4}$/.test(value) || Number(value) < 1900)
    throw new KpiParameterError('calendar-year-invalid', { field: 'year', value });
  return Number(value);
}

/** 工作日历 (P4): weekends, public holidays and 调休 of a year, kept by the sales admin or the VP. */
@ApiTags('KPI 工作日历 work calendar')
@Controller('kpi/calendar')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class WorkCalendarController {
  constructor(private readonly calendars: WorkCalendarService) {}

  @Get(':year')
  @ApiParam(YEAR)
  @ApiOperation({
    summary:
      '某年的工作日历：已设定的安排（含版本与来源），否则随系统提供的安排（官方或样例）/ a year’s work calendar: the arrangement set, else the shipped one (official or sample)',
    description: '登录即可查看 / anyone signed in.',
  })
  @ApiOkResponse({ schema: WORK_CALENDAR_RESPONSE })
  view(@Param('year') year: string) {
    return this.calendars.view(yearOf(year));
  }

  @Put(':year')
  @ApiParam(YEAR)
  @ApiOperation({
    summary:
      '设定某年的工作日历（仅市场部主管或业务副总，按今天的组织架构；整年替换，新版本影响所有按该年计算的指标）/ set a year’s work calendar (the sales admin or the VP by today’s org tree; replaces the year as a whole)',
    description:
      '每个日期须在该年内且只出现一次；调休上班日须为周六或周日；须注明来源。违反时返回 400 并指出字段。/ Every date inside the year and given once; make-up working days on a Saturday or Sunday; a source named. Otherwise 400 naming the field.',
  })
  @ApiOkResponse({ schema: WORK_CALENDAR_SET_RESPONSE })
  set(@Param('year') year: string, @Body() body: WorkCalendarDto, @CurrentActor() actor: Actor) {
    const holidays = body.holidays.map(({ date, name }) => ({ date, name }));
    const makeUpWorkdays = body.makeUpWorkdays.map(({ date, name }) => ({ date, name }));
    const { kind, reference } = body.source;
    return this.calendars.set(yearOf(year), { holidays, makeUpWorkdays, source: { kind, reference } }, actor);
  }
}
