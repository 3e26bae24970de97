import { Body, Controller, Get, HttpCode, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CyclesService } from './cycles.service';
import {
  AppealDecisionDto,
  CycleParams,
  EvaluationDto,
  OpenCycleDto,
  CycleReasonDto,
  SubjectParams,
} from './dto/cycle.dto';

/** 考核周期 (A2): open → close (freeze) → evaluate → submit → approve → publish → appeal → re-decide. */
@ApiTags('考核 appraisal')
@Controller('appraisal/cycles')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @Roles('vp', 'sales_admin')
  @ApiOperation({ summary: '开启考核周期（按当日生效的考核办法版本、期末的组织架构）open a cycle' })
  open(@Body() body: OpenCycleDto, @CurrentActor() actor: Actor) {
    return this.cycles.open({ schemeId: body.schemeId, kind: body.kind, label: body.label }, actor);
  }

  @Get()
  @ApiOperation({ summary: '考核周期列表 cycles (a salesperson: those appraising them)' })
  list(@CurrentActor() actor: Actor) {
    return this.cycles.list(actor);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      '考核周期：状态、各步骤、冻结的 KPI 指标（asOf 与 explain 链接）a cycle with its frozen snapshot',
  })
  detail(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.detail(params.id, actor);
  }

  @Get(':id/results')
  @ApiOperation({
    summary:
      '考核结果：薪酬数据（提成、惩罚）仅本人、上级管理链、业务副总与财务可见 results; pay only for the person, their manager chain, the VP and finance',
  })
  results(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.results(params.id, actor);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('vp', 'sales_admin')
  @ApiOperation({
    summary: '关账：请 KPI 服务冻结本期指标 close the cycle (the KPI service freezes the figures)',
  })
  close(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.close(params.id, actor);
  }

  @Put(':id/evaluations/:subjectKey')
  @ApiOperation({ summary: '定性评价（销售会议：原因、措施）by the subject’s manager' })
  evaluate(@Param() params: SubjectParams, @Body() body: EvaluationDto, @CurrentActor() actor: Actor) {
    return this.cycles.evaluate(
      params.id,
      params.subjectKey,
      { score: body.score, causes: body.causes ?? '', measures: body.measures ?? '' },
      actor,
    );
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('vp', 'sales_admin', 'division_manager')
  @ApiOperation({ summary: '提交审批（每人都须有定性评价）submit for the VP’s approval' })
  submit(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.submit(params.id, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('vp', 'general_manager')
  @ApiOperation({ summary: '业务副总审批通过 approve' })
  approve(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.approve(params.id, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('vp', 'general_manager')
  @ApiOperation({ summary: '退回（须注明原因）reject with a reason' })
  reject(@Param() params: CycleParams, @Body() body: CycleReasonDto, @CurrentActor() actor: Actor) {
    return this.cycles.reject(params.id, body.reason, actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('vp', 'sales_admin')
  @ApiOperation({ summary: '公布结果（得分、等级、提成、阶梯措施）publish the results' })
  publish(@Param() params: CycleParams, @CurrentActor() actor: Actor) {
    return this.cycles.publish(params.id, actor);
  }

  @Post(':id/results/:subjectKey/appeal')
  @HttpCode(200)
  @ApiOperation({ summary: '申诉（本人，须写明理由）appeal one’s own result' })
  appeal(@Param() params: SubjectParams, @Body() body: CycleReasonDto, @CurrentActor() actor: Actor) {
    return this.cycles.appeal(params.id, params.subjectKey, body.reason, actor);
  }

  @Post(':id/appeals/:subjectKey/decision')
  @HttpCode(200)
  @Roles('vp', 'general_manager')
  @ApiOperation({ summary: '申诉复核（维持或改判，须注明理由）decide an appeal' })
  decideAppeal(
    @Param() params: SubjectParams,
    @Body() body: AppealDecisionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.cycles.decideAppeal(
      params.id,
      params.subjectKey,
      { decision: body.decision, qualitativeScore: body.qualitativeScore ?? null, reason: body.reason },
      actor,
    );
  }
}
