import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ACTION_STATUSES, type ActionStatus } from '@sales/appraisal/domain';
import { Omittable } from '@sales/shared/http';

/* 销售会议 (A3) requests: ids as elsewhere, dates YYYY-MM-DD, free text bounded. */

export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const Id = (description: string) =>
  applyDecorators(ApiProperty({ description, pattern: ID.source }), Matches(ID));
export const OptionalId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, pattern: ID.source }), IsOptional(), Matches(ID));
export const Day = (description: string) =>
  applyDecorators(
    ApiProperty({ description, example: '2027-03-05', format: 'date', pattern: DATE.source }),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
export const OptionalDay = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, format: 'date', pattern: DATE.source }),
    IsOptional(),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
export const Text = (description: string, max = 2000) =>
  applyDecorators(ApiProperty({ description, maxLength: max }), IsString(), MaxLength(max));
export const OptionalText = (description: string, max = 2000) =>
  applyDecorators(
    ApiPropertyOptional({ description, maxLength: max }),
    Omittable(),
    IsString(),
    MaxLength(max),
  );

export class MeetingAbsenceDto {
  @Id('缺席人员 absentee')
  personId!: string;

  @Text('缺席原因 why absent', 500)
  reason!: string;
}

export class MeetingMissDto {
  @Id('未达成目标的人员 person who missed')
  personId!: string;

  @Text('未达成的原因 cause of the miss')
  cause!: string;

  @OptionalText('改善对策 measure agreed')
  measure?: string;
}

export class MeetingActionDto {
  @Text('决议事项 what is to be done')
  description!: string;

  @Id('负责人 owner')
  ownerId!: string;

  @Day('完成期限 due date')
  dueOn!: string;
}

export class RecordMeetingDto {
  @OptionalId('会议编号（省略时自动生成）meeting id, generated when omitted')
  meetingId?: string;

  @ApiPropertyOptional({
    description: '事业部；副总召开的部门会议为 null division; null for a department meeting',
    nullable: true,
    pattern: ID.source,
  })
  @IsOptional()
  @Matches(ID)
  divisionId?: string | null;

  @Day('会议日期 date held')
  heldOn!: string;

  @ApiProperty({ description: '出席人员 attendees', type: [String], maxItems: 200 })
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(ID, { each: true })
  attendeeIds!: string[];

  @ApiPropertyOptional({
    description: '缺席人员及原因 absentees and why',
    type: [MeetingAbsenceDto],
    maxItems: 200,
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MeetingAbsenceDto)
  absences?: MeetingAbsenceDto[];

  @ApiPropertyOptional({
    description: '未达成目标的人员及原因 misses and their causes',
    type: [MeetingMissDto],
    maxItems: 200,
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MeetingMissDto)
  misses?: MeetingMissDto[];

  @ApiPropertyOptional({
    description: '决议事项（负责人与期限）decided actions',
    type: [MeetingActionDto],
    maxItems: 200,
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MeetingActionDto)
  actions?: MeetingActionDto[];
}

/** 跟进: an action is closed with what was done (追踪管理 keeps the outcome, not just a tick). */
export class CompleteActionDto {
  @Text('完成情况 how it was done', 1000)
  note!: string;
}

export class MeetingParams {
  @Id('会议编号 meeting id')
  meetingId!: string;
}

export class ActionParams extends MeetingParams {
  @Id('决议事项编号 action id')
  actionId!: string;
}

export class MeetingQueryDto {
  @OptionalId('事业部 division')
  divisionId?: string;

  @OptionalDay('起始日期（含）from')
  from?: string;

  @OptionalDay('截止日期（含）to')
  to?: string;
}

export class ActionQueryDto {
  @ApiPropertyOptional({ enum: ACTION_STATUSES, description: 'open 进行中, done 已完成, overdue 逾期未完成' })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;
}
