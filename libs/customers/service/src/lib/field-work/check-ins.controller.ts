import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CheckInDto, DeclareDayOutDto, FieldDayParams } from './dto/check-in.dto';
import { MissingCheckInsQueryDto } from './dto/field-work-query.dto';
import { FieldDayService } from './field-day.service';
import {
  CHECK_IN_RESPONSE,
  DAY_OUT_RESPONSE,
  FIELD_DAY_RESPONSE,
  MISSING_CHECK_INS_RESPONSE,
} from './field-work-responses.openapi';
import { MissingCheckInsQuery } from './missing-check-ins.query';

/** 外出联系汇报 (C4): days out, check-ins, and the check-ins a manager finds missing. */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class CheckInsController {
  constructor(
    private readonly days: FieldDayService,
    private readonly missing: MissingCheckInsQuery,
  ) {}

  @Post('days-out')
  @ApiOperation({
    summary:
      '申报外出（本人；当天有面访或联合拜访的自动算外出）declare a day out of office (yourself; a day with an in-person or joint visit counts as out anyway)',
  })
  @ApiCreatedResponse({ schema: DAY_OUT_RESPONSE })
  declareDayOut(@Body() body: DeclareDayOutDto, @CurrentActor() actor: Actor) {
    return this.days.declareDayOut(body.personId, body.date, body.note ?? '', actor);
  }

  @Post('check-ins')
  @ApiOperation({
    summary:
      '外出联系汇报（本人；地点必填，坐标可选；记录时间取服务器时钟）check in: yourself, a place required, coordinates optional, recorded at the server’s time',
  })
  @ApiCreatedResponse({ schema: CHECK_IN_RESPONSE })
  checkIn(@Body() body: CheckInDto, @CurrentActor() actor: Actor) {
    const coordinates = body.coordinates ? { lat: body.coordinates.lat, lng: body.coordinates.lng } : null;
    return this.days.checkIn(
      {
        personId: body.personId,
        date: body.date,
        place: body.place,
        coordinates,
        customerId: body.customerId ?? null,
        note: body.note ?? '',
      },
      actor,
    );
  }

  @Get('check-ins/missing')
  @ApiOperation({
    summary:
      '外出联系汇报缺失（按日期和人员；经理看本事业部，副总、市场部主管看全部）days out with too few check-ins, by day and person, within your scope',
  })
  @ApiOkResponse({ schema: MISSING_CHECK_INS_RESPONSE })
  missingCheckIns(@Query() query: MissingCheckInsQueryDto, @CurrentActor() actor: Actor) {
    const { from, to, divisionId, personId } = query;
    return this.missing.list(actor, { from, to, divisionId, personId });
  }

  @Get('field-days/:personId/:date')
  @ApiOperation({
    summary: '某人某天的外勤：拜访、是否外出、联系汇报 one person’s day: visits, day out, check-ins',
  })
  @ApiOkResponse({ schema: FIELD_DAY_RESPONSE })
  day(@Param() { personId, date }: FieldDayParams, @CurrentActor() actor: Actor) {
    return this.days.day(personId, date, actor);
  }
}
