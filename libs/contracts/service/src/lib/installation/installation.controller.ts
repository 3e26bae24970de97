import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@sales/shared/auth';
import type { Actor } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import {
  AssignInstallersDto,
  DelayMilestoneDto,
  InstallationListQueryDto,
  InstallationParams,
  MilestoneParams,
  OverdueQueryDto,
  PlanMilestoneDto,
  RecordMilestoneDto,
  SiteSurveyDto,
} from './dto/installation.dto';
import {
  INSTALLATIONS_RESPONSE,
  INSTALLATION_COMMAND_RESPONSE,
  INSTALLATION_RESPONSE,
  OVERDUE_MILESTONES_RESPONSE,
} from './installation-responses.openapi';
import { InstallationService } from './installation.service';

/** 现场与安装 (K4): installers, the site survey, milestones planned, delayed and reached. */
@ApiTags('合同 contracts')
@Controller('contracts')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class InstallationController {
  constructor(private readonly installation: InstallationService) {}

  @Get('installations')
  @ApiOkResponse({ schema: INSTALLATIONS_RESPONSE })
  @ApiOperation({
    summary:
      '安装列表（安装人员看自己负责的，业务员看自己的，经理看本事业部，市场部主管、副总、安全看全部）installations in scope',
  })
  list(@Query() query: InstallationListQueryDto, @CurrentActor() actor: Actor) {
    const { installerId, divisionId, ownerId } = query;
    return this.installation.list({ installerId, divisionId, ownerId }, actor);
  }

  @Get('installations/overdue')
  @ApiOkResponse({ schema: OVERDUE_MILESTONES_RESPONSE })
  @ApiOperation({ summary: '逾期里程碑（计划日期已过仍未完成）overdue milestones' })
  overdue(@Query() { asOf }: OverdueQueryDto, @CurrentActor() actor: Actor) {
    return this.installation.overdue(asOf, actor);
  }

  @Get(':contractId/installation')
  @ApiOkResponse({ schema: INSTALLATION_RESPONSE })
  @ApiOperation({
    summary:
      '合同安装情况：安装人员、现场勘察、各里程碑计划/实际/延期、生效的停工指示 a contract’s installation',
  })
  view(@Param() { contractId }: InstallationParams, @CurrentActor() actor: Actor) {
    return this.installation.view(contractId, actor);
  }

  @Put(':contractId/installation/installers')
  @ApiOkResponse({ schema: INSTALLATION_COMMAND_RESPONSE })
  @ApiOperation({ summary: '指派安装人员（市场部主管；整组替换）assign the installers (sales admin)' })
  assign(
    @Param() { contractId }: InstallationParams,
    @Body() body: AssignInstallersDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.installation.assignInstallers(contractId, body.installerIds, actor);
  }

  @Post(':contractId/installation/survey')
  @ApiCreatedResponse({ schema: INSTALLATION_COMMAND_RESPONSE })
  @ApiOperation({
    summary:
      '现场情况及屏幕要求（指派的安装人员反馈）site conditions and screen requirements (assigned installer)',
  })
  survey(
    @Param() { contractId }: InstallationParams,
    @Body() body: SiteSurveyDto,
    @CurrentActor() actor: Actor,
  ) {
    const { surveyedOn, siteConditions, screens, notes } = body;
    const plain = screens.map(({ name, widthMm, heightMm, pixelPitchUm, environment, mounting }) => ({
      name,
      widthMm,
      heightMm,
      pixelPitchUm,
      environment,
      mounting,
    }));
    return this.installation.recordSurvey(
      contractId,
      { surveyedOn, siteConditions, screens: plain, notes },
      actor,
    );
  }

  @Put(':contractId/installation/milestones/:milestone/plan')
  @ApiOkResponse({ schema: INSTALLATION_COMMAND_RESPONSE })
  @ApiOperation({
    summary:
      '里程碑计划日期（市场部主管或合同负责人；已计划的只能延期）plan a milestone (sales admin or owner)',
  })
  plan(
    @Param() { contractId, milestone }: MilestoneParams,
    @Body() body: PlanMilestoneDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.installation.plan(contractId, milestone, body.plannedOn, actor);
  }

  @Post(':contractId/installation/milestones/:milestone/delays')
  @ApiCreatedResponse({ schema: INSTALLATION_COMMAND_RESPONSE })
  @ApiOperation({
    summary: '延期（新日期与原因；即时通知下游）delay a milestone: new date and reason, published at once',
  })
  delay(
    @Param() { contractId, milestone }: MilestoneParams,
    @Body() body: DelayMilestoneDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.installation.delay(contractId, milestone, body.newDate, body.reason, actor);
  }

  @Post(':contractId/installation/milestones/:milestone')
  @HttpCode(200)
  @ApiOkResponse({ schema: INSTALLATION_COMMAND_RESPONSE })
  @ApiOperation({
    summary:
      '登记里程碑：安装开始 → 安装完成 → 调试 → 验收（依次；停工指示生效期间拒绝）record a milestone, in order; refused while work is stopped',
  })
  record(
    @Param() { contractId, milestone }: MilestoneParams,
    @Body() body: RecordMilestoneDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.installation.recordMilestone(
      contractId,
      milestone,
      { on: body.on, acceptedBy: body.acceptedBy },
      actor,
    );
  }
}
