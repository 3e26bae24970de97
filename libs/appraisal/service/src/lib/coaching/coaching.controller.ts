import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@sales/shared/auth';
import type { Actor, Role } from '@sales/shared/domain';
import { ContextErrorMessagesInterceptor } from '@sales/shared/http';
import { CoachingService } from './coaching.service';
import {
  ClosePlanDto,
  FollowUpParams,
  OneOnOneDto,
  OpenImprovementPlanDto,
  PersonParams,
  PlanGoalsDto,
  ImprovementPlanParams,
  PlanQueryDto,
  RecordFollowUpDto,
  ScheduleFollowUpDto,
} from './dto/coaching.dto';

const COACHES: Role[] = ['division_manager', 'vp'];
const READERS: Role[] = ['salesperson', 'division_manager', 'vp', 'general_manager', 'sales_admin'];

/**
 * 培训和指导 (A4): one-on-ones and improvement plans with follow-ups (追踪管理) recorded by the
 * person's manager or the VP; joint visits come from customers' visits; the ladder's help step
 * opens a plan by itself.
 */
@ApiTags('考核 appraisal')
@Controller('appraisal/coaching')
@UseInterceptors(ContextErrorMessagesInterceptor)
export class CoachingController {
  constructor(private readonly coaching: CoachingService) {}

  @Get('plans')
  @Roles(...READERS)
  @ApiOperation({
    summary: '改善计划列表（按数据范围），含追踪状态 improvement plans within scope, with follow-up status',
  })
  plans(@Query() query: PlanQueryDto, @CurrentActor() actor: Actor) {
    return this.coaching.plans(actor, {
      status: query.status,
      personId: query.personId,
      overdueOnly: query.overdue === 'true',
    });
  }

  @Get('people/:personId')
  @Roles(...READERS)
  @ApiOperation({ summary: '辅导档案：一对一、联合拜访、改善计划 a person’s coaching file' })
  file(@Param() { personId }: PersonParams, @CurrentActor() actor: Actor) {
    return this.coaching.file(personId, actor);
  }

  @Post('people/:personId/one-on-ones')
  @Roles(...COACHES)
  @ApiOperation({ summary: '登记一对一沟通 record a one-on-one' })
  oneOnOne(@Param() { personId }: PersonParams, @Body() body: OneOnOneDto, @CurrentActor() actor: Actor) {
    return this.coaching.recordOneOnOne(
      personId,
      { sessionId: body.sessionId, heldOn: body.heldOn, topics: body.topics, agreements: body.agreements },
      actor,
    );
  }

  @Post('people/:personId/plans')
  @Roles(...COACHES)
  @ApiOperation({
    summary: '制订改善计划（目标与追踪日期）open an improvement plan with goals and follow-up dates',
  })
  openPlan(
    @Param() { personId }: PersonParams,
    @Body() body: OpenImprovementPlanDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.coaching.openPlan(
      personId,
      {
        planId: body.planId,
        startsOn: body.startsOn,
        goals: body.goals,
        followUpDates: [...body.followUpDates],
      },
      actor,
    );
  }

  @Put('people/:personId/plans/:planId/goals')
  @Roles(...COACHES)
  @ApiOperation({ summary: '制定或修改改善目标 set the plan’s goals' })
  goals(
    @Param() { personId, planId }: ImprovementPlanParams,
    @Body() body: PlanGoalsDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.coaching.onPlan(personId, actor, (team, today) => ({
      type: 'SetPlanGoals',
      data: { actor, personId, planId, goals: body.goals, team, today },
    }));
  }

  @Post('people/:personId/plans/:planId/follow-ups')
  @Roles(...COACHES)
  @ApiOperation({ summary: '安排追踪检查 schedule a follow-up' })
  schedule(
    @Param() { personId, planId }: ImprovementPlanParams,
    @Body() body: ScheduleFollowUpDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.coaching.onPlan(personId, actor, (team, today) => ({
      type: 'ScheduleFollowUp',
      data: { actor, personId, planId, dueOn: body.dueOn, team, today },
    }));
  }

  @Post('people/:personId/plans/:planId/follow-ups/:followUpId/held')
  @HttpCode(200)
  @Roles(...COACHES)
  @ApiOperation({ summary: '登记追踪检查及进展 record a follow-up held and its progress' })
  held(
    @Param() { personId, planId, followUpId }: FollowUpParams,
    @Body() body: RecordFollowUpDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.coaching.onPlan(personId, actor, (team, today) => ({
      type: 'RecordFollowUp',
      data: {
        actor,
        personId,
        planId,
        followUpId,
        heldOn: body.heldOn,
        progress: body.progress,
        team,
        today,
      },
    }));
  }

  @Post('people/:personId/plans/:planId/close')
  @HttpCode(200)
  @Roles(...COACHES)
  @ApiOperation({ summary: '结束改善计划并记录结果 close the plan with its outcome' })
  close(
    @Param() { personId, planId }: ImprovementPlanParams,
    @Body() body: ClosePlanDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.coaching.onPlan(personId, actor, (team, today) => ({
      type: 'CloseImprovementPlan',
      data: { actor, personId, planId, outcome: body.outcome, note: body.note ?? '', team, today },
    }));
  }
}
