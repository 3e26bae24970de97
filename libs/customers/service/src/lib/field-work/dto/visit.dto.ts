import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_VISIT_TEXT, VISIT_TIME_PATTERN } from '@sales/customers/domain';
import { VISIT_KINDS, type VisitKind } from '@sales/customers/events';
import { NullableBusinessDate, NullableId, OmittableText } from './dto-parts';

/** 登记拜访 (C3): the visitor is the caller; the customer (in the path) must be theirs. */
export class LogVisitDto {
  @ApiProperty({
    description:
      '拜访时间（ISO-8601，须带时区；业务日期按公司时区计）/ time of the visit, ISO-8601 with zone (its business date is taken in the company’s zone)',
    example: '2026-03-16T10:00:00+08:00',
    format: 'date-time',
    pattern: VISIT_TIME_PATTERN.source,
  })
  @IsString()
  @MaxLength(40)
  @Matches(VISIT_TIME_PATTERN)
  visitedAt!: string;

  @ApiProperty({
    description: '方式 kind: in-person 面访, phone 电话拜访, joint 联合拜访（须填 coachId）',
    enum: VISIT_KINDS,
  })
  @IsIn(VISIT_KINDS)
  kind!: VisitKind;

  @NullableId(
    '联合拜访的教练：业务员的上级经理或副总 / the coach of a joint visit: a manager or the VP above you',
  )
  coachId?: string | null;

  @ApiProperty({ description: '拜访目的 purpose', minLength: 1, maxLength: MAX_VISIT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_VISIT_TEXT)
  purpose!: string;

  @ApiProperty({ description: '拜访结果 outcome', minLength: 1, maxLength: MAX_VISIT_TEXT })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_VISIT_TEXT)
  outcome!: string;

  @OmittableText('下一步 next step', MAX_VISIT_TEXT)
  nextStep?: string;

  @NullableBusinessDate('计划下次联系日期 next contact date')
  nextContactOn?: string | null;
}
