import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  FeasibilityDto,
  FeasibilityParams,
  ReportDealDto,
  ReportDecisionDto,
  ReportListQueryDto,
  ReportParams,
  SubmitReportDto,
} from './dto/reports.dto';
import { REPORT_LIST_RESPONSE, REPORT_OUTCOME_RESPONSE, REPORT_RESPONSE } from './reports-responses.openapi';
import { ReportsService } from './reports.service';

/**
 * 签约前报备 (K2): the salesperson reports the deal, 市场部主管 / 技术 / 安装 confirm or refuse its
 * feasibility, a refusal sends it back for a revision, the division manager approves or rejects.
 */
@ApiTags('合同 contracts')
@Controller('contracts/reports')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @ApiCreatedResponse({ schema: REPORT_OUTCOME_RESPONSE })
  @ApiOperation({ summary: '签约前报备（销售）report a deal before signing (salesperson)' })
  submit(@Body() body: SubmitReportDto, @CurrentActor() actor: Actor) {
    return this.reports.submit(body, actor);
  }

  @Get()
  @ApiOkResponse({ schema: REPORT_LIST_RESPONSE })
  @ApiOperation({
    summary: '报备列表（我的 / 待我确认 / 待我审批 / 全部）reports: mine, to confirm, to approve, all',
  })
  list(@Query() query: ReportListQueryDto, @CurrentActor() actor: Actor) {
    return this.reports.list(actor, query.view);
  }

  @Get(':reportId')
  @ApiOkResponse({ schema: REPORT_RESPONSE })
  @ApiOperation({ summary: '一份报备及其确认与审批 a report, its checks and decision' })
  view(@Param() { reportId }: ReportParams, @CurrentActor() actor: Actor) {
    return this.reports.view(reportId, actor);
  }

  @Put(':reportId')
  @ApiOkResponse({ schema: REPORT_OUTCOME_RESPONSE })
  @ApiOperation({ summary: '修改报备（退回后；三项确认重新开始）revise a report; every check starts again' })
  revise(@Param() { reportId }: ReportParams, @Body() body: ReportDealDto, @CurrentActor() actor: Actor) {
    return this.reports.revise(reportId, body, actor);
  }

  @Post(':reportId/feasibility/:aspect')
  @HttpCode(200)
  @ApiOkResponse({ schema: REPORT_OUTCOME_RESPONSE })
  @ApiOperation({
    summary:
      '可行性确认：schedule 工期（市场部主管）、technology 技术（技术）、installation 安装（安装）confirm or refuse a feasibility check',
  })
  feasibility(
    @Param() { reportId, aspect }: FeasibilityParams,
    @Body() body: FeasibilityDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.reports.decideFeasibility(reportId, aspect, body, actor);
  }

  @Post(':reportId/decision')
  @HttpCode(200)
  @ApiOkResponse({ schema: REPORT_OUTCOME_RESPONSE })
  @ApiOperation({
    summary:
      '事业部经理批准或驳回（三项均确认后方可批准）approve (all three checks confirmed) or reject (division manager)',
  })
  decide(@Param() { reportId }: ReportParams, @Body() body: ReportDecisionDto, @CurrentActor() actor: Actor) {
    return this.reports.decide(reportId, body, actor);
  }
}
