import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Omittable } from '@sales/shared/http';

const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const CASE_ID = /^resignation-[A-Za-z0-9][A-Za-z0-9_.-]{0,63}-\d{1,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 辞职申请: whose, and their last working day (at least 30 days from today). */
export class NoticeResignationDto {
  @ApiProperty({ description: '辞职人员 the person resigning', pattern: PERSON_ID.source, example: 'p-li' })
  @Matches(PERSON_ID)
  personId!: string;

  @ApiProperty({
    description: '最后工作日（至少在今天之后 30 天）/ last working day (at least 30 days from today)',
    format: 'date',
    pattern: DATE.source,
    example: '2027-04-30',
  })
  @Matches(DATE)
  @IsDateString({ strict: true })
  lastDay!: string;
}

/** 财务确认: what finance checked is part of the record (借款、备用金、报销), not a bare tick. */
export class AccountsSettledDto {
  @ApiProperty({ description: '财务确认说明（如借款、备用金已结清）what finance checked', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class ExitWithoutHandoverDto {
  @ApiProperty({
    description: '离职处理原因 why the person left without handover',
    minLength: 1,
    maxLength: 500,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CaseParams {
  @ApiProperty({
    description: '离职交接单号 case id',
    pattern: CASE_ID.source,
    example: 'resignation-p-li-1',
  })
  @Matches(CASE_ID)
  id!: string;
}

export const CASE_STATUSES = ['open', 'completed', 'left-without-handover'] as const;

export class CasesQueryDto {
  @ApiPropertyOptional({
    description: 'open 进行中 / completed 已完成交接 / left-without-handover 离职处理',
    enum: CASE_STATUSES,
  })
  @Omittable()
  @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number];
}
