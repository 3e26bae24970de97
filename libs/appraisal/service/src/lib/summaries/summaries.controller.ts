import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@sales/shared/auth';
import type { Actor, Role } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  AcknowledgeSummaryDto,
  CadenceDto,
  DraftQueryDto,
  PeriodQueryDto,
  SummaryDto,
  SummaryParams,
  SummaryQueryDto,
} from './dto/summary.dto';
import { SummariesService } from './summaries.service';

const READERS: Role[] = ['salesperson', 'division_manager', 'vp', 'general_manager', 'sales_admin'];
const FILERS: Role[] = ['division_manager', 'vp', 'sales_admin'];

/**
 * 书面总结 (A5): each salesperson's periodic summary, pre-filled with the period's figures,
 * acknowledged and archived by their manager or the 市场部主管; the missing ones listed.
 */
@ApiTags('考核 appraisal')
@Controller('appraisal/summaries')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get('settings')
  @Roles(...READERS)
  @ApiOperation({ summary: '总结周期（每周或每月，默认每月）the summaries’ cadence' })
  settings() {
    return this.summaries.settings();
  }

  @Put('settings')
  @Roles('vp', 'sales_admin')
  @ApiOperation({ summary: '设定总结周期（副总或市场部主管）set the cadence (VP or sales admin)' })
  setCadence(@Body() body: CadenceDto, @CurrentActor() actor: Actor) {
    return this.summaries.setCadence(body.cadence, actor);
  }

  @Get('draft')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      '总结草稿：期间、应交日期与本期数据（拜访、登记客户、签约、回款）the form, pre-filled with the period’s figures',
  })
  draft(@Query() query: DraftQueryDto, @CurrentActor() actor: Actor) {
    return this.summaries.draft(actor, query.period, query.personId);
  }

  @Get('missing')
  @Roles(...READERS)
  @ApiOperation({
    summary: '未交总结名单（按数据范围）who has not handed in the period’s summary, within scope',
  })
  missing(@Query() query: PeriodQueryDto, @CurrentActor() actor: Actor) {
    return this.summaries.missing(actor, query.period);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: '书面总结列表（按数据范围）written summaries within scope' })
  list(@Query() query: SummaryQueryDto, @CurrentActor() actor: Actor) {
    return this.summaries.list(actor, {
      period: query.period,
      personId: query.personId,
      status: query.status,
    });
  }

  @Get(':period/:personId')
  @Roles(...READERS)
  @ApiOperation({ summary: '一份书面总结 one written summary' })
  view(@Param() { period, personId }: SummaryParams, @CurrentActor() actor: Actor) {
    return this.summaries.view(period, personId, actor);
  }

  @Put(':period/:personId')
  @Roles('salesperson')
  @ApiOperation({
    summary: '业务员提交书面总结（期末起；签收前可再次提交）hand in a summary (from the period’s last day)',
  })
  submit(
    @Param() { period, personId }: SummaryParams,
    @Body() body: SummaryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.summaries.submit(
      period,
      personId,
      { progress: body.progress, suggestions: body.suggestions },
      actor,
    );
  }

  @Post(':period/:personId/acknowledge')
  @HttpCode(200)
  @Roles(...FILERS)
  @ApiOperation({ summary: '签收（上级经理或市场部主管；不能签收自己的）acknowledge (never one’s own)' })
  acknowledge(
    @Param() { period, personId }: SummaryParams,
    @Body() body: AcknowledgeSummaryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.summaries.acknowledge(period, personId, body.comment ?? '', actor);
  }

  @Post(':period/:personId/archive')
  @HttpCode(200)
  @Roles(...FILERS)
  @ApiOperation({ summary: '存档（交市场部主管人员存档）archive' })
  archive(@Param() { period, personId }: SummaryParams, @CurrentActor() actor: Actor) {
    return this.summaries.archive(period, personId, actor);
  }
}
