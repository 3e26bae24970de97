import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsOptional, Matches } from 'class-validator';
import { PLAN_OUTCOMES, PLAN_STATUSES, type PlanOutcome, type PlanStatus } from '@sales/appraisal/domain';
import { Day, ID, Id, OptionalId, OptionalText, Text } from '../../meetings/dto/meeting.dto';

/* 培训和指导 (A4) requests. */

export class PersonParams {
  @Id('被辅导的人员 person coached')
  personId!: string;
}

export class ImprovementPlanParams extends PersonParams {
  @Id('改善计划编号 plan id')
  planId!: string;
}

export class FollowUpParams extends ImprovementPlanParams {
  @Id('追踪编号 follow-up id')
  followUpId!: string;
}

export class OneOnOneDto {
  @OptionalId('沟通编号（省略时自动生成）session id, generated when omitted')
  sessionId?: string;

  @Day('沟通日期 date held')
  heldOn!: string;

  @Text('沟通内容（优缺点、市场与客户特点）what was discussed')
  topics!: string;

  @OptionalText('商定的改善方案和行动计划 what was agreed')
  agreements?: string;
}

export class OpenImprovementPlanDto {
  @OptionalId('计划编号（省略时自动生成）plan id, generated when omitted')
  planId?: string;

  @Day('开始日期 start date')
  startsOn!: string;

  @Text('改善目标 goals')
  goals!: string;

  @ApiProperty({
    description: '追踪检查日期（不早于开始日期）follow-up dates (not before the start)',
    type: [String],
    format: 'date',
    maxItems: 50,
  })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true })
  @IsDateString({ strict: true }, { each: true })
  followUpDates!: string[];
}

export class PlanGoalsDto {
  @Text('改善目标 goals')
  goals!: string;
}

export class ScheduleFollowUpDto {
  @Day('追踪检查日期 follow-up date')
  dueOn!: string;
}

export class RecordFollowUpDto {
  @Day('检查日期 date held')
  heldOn!: string;

  @Text('进展情况 progress found')
  progress!: string;
}

export class ClosePlanDto {
  @ApiProperty({
    enum: PLAN_OUTCOMES,
    description: 'improved 已改善, partly-improved 部分改善, not-improved 未改善',
  })
  @IsIn(PLAN_OUTCOMES)
  outcome!: PlanOutcome;

  @OptionalText('结论 note')
  note?: string;
}

export class PlanQueryDto {
  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;

  @ApiPropertyOptional({ pattern: ID.source })
  @IsOptional()
  @Matches(ID)
  personId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: '只看有逾期追踪的计划 only plans with an overdue follow-up',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';
}
