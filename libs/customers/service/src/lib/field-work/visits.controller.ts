import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CustomerParams } from '../registry/dto/customer.dto';
import { OverdueRevisitQueryDto, VisitQueryDto } from './dto/field-work-query.dto';
import { LogVisitDto } from './dto/visit.dto';
import { FieldDayService } from './field-day.service';
import {
  OVERDUE_REVISITS_RESPONSE,
  VISIT_LIST_RESPONSE,
  VISIT_LOGGED_RESPONSE,
} from './field-work-responses.openapi';
import { OverdueRevisitsQuery } from './overdue-revisits.query';
import { VisitListQuery } from './visit-list.query';

/** 拜访与回访 (C3): visits logged by salespeople, and the customers overdue for a revisit. */
@ApiTags('客户 customers')
@Controller('customers')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class VisitsController {
  constructor(
    private readonly days: FieldDayService,
    private readonly visits: VisitListQuery,
    private readonly overdue: OverdueRevisitsQuery,
  ) {}

  @Post(':customerId/visits')
  @ApiOperation({
    summary:
      '登记拜访（本人负责的客户；不能是将来的日期；联合拜访须有上级教练）log a visit of your own customer (not ahead of today; a joint visit names a coach above you)',
  })
  @ApiCreatedResponse({ schema: VISIT_LOGGED_RESPONSE })
  log(@Param() { customerId }: CustomerParams, @Body() body: LogVisitDto, @CurrentActor() actor: Actor) {
    const { visitedAt, kind, purpose, outcome } = body;
    return this.days.logVisit(
      {
        customerId,
        visitedAt,
        kind,
        purpose,
        outcome,
        coachId: body.coachId ?? null,
        nextStep: body.nextStep ?? '',
        nextContactOn: body.nextContactOn ?? null,
      },
      actor,
    );
  }

  @Get('visits')
  @ApiOperation({
    summary: '拜访记录（按数据范围）visits within your scope: own, division or company',
  })
  @ApiOkResponse({ schema: VISIT_LIST_RESPONSE })
  list(@Query() query: VisitQueryDto, @CurrentActor() actor: Actor) {
    const { salespersonId, divisionId, customerId, from, to } = query;
    return this.visits.list(actor, { salespersonId, divisionId, customerId, from, to });
  }

  @Get('revisits/overdue')
  @ApiOperation({
    summary:
      '回访逾期客户（按等级的回访周期；业务员看本人，经理看本事业部，副总、市场部主管看全部）customers overdue for a revisit by their grade’s cadence, within your scope',
  })
  @ApiOkResponse({ schema: OVERDUE_REVISITS_RESPONSE })
  overdueRevisits(@Query() query: OverdueRevisitQueryDto, @CurrentActor() actor: Actor) {
    const { salespersonId, divisionId } = query;
    return this.overdue.list(actor, { salespersonId, divisionId });
  }
}
