import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SUMMARY_CADENCES, type SummaryCadence, type SummaryStatus } from '@sales/appraisal/domain';
import { ID, Id, OptionalId, OptionalText, Text } from '../../meetings/dto/meeting.dto';

/* 书面总结 (A5) requests. A period is a month (2027-03) or an ISO week (2027-W09). */

const PERIOD = /^\d{4}-(\d{2}|W\d{2})$/;
const STATUSES: SummaryStatus[] = ['submitted', 'acknowledged', 'archived'];

export class SummaryParams {
  @ApiProperty({
    description: '总结期间：月 2027-03 或周 2027-W09 month or ISO week',
    pattern: PERIOD.source,
  })
  @Matches(PERIOD)
  period!: string;

  @Id('业务员 salesperson')
  personId!: string;
}

export class SummaryDto {
  @Text('业务进展情况 progress of the business', 5000)
  progress!: string;

  @OptionalText('合理化建议 suggestions', 5000)
  suggestions?: string;
}

export class AcknowledgeSummaryDto {
  @OptionalText('批注 comment', 2000)
  comment?: string;
}

export class CadenceDto {
  @ApiProperty({ enum: SUMMARY_CADENCES, description: 'weekly 每周, monthly 每月' })
  @IsIn(SUMMARY_CADENCES)
  cadence!: SummaryCadence;
}

export class PeriodQueryDto {
  @ApiPropertyOptional({
    description: '总结期间（省略时为上一期）period; the previous one when omitted',
    pattern: PERIOD.source,
  })
  @IsOptional()
  @Matches(PERIOD)
  period?: string;
}

export class DraftQueryDto extends PeriodQueryDto {
  @OptionalId('业务员（省略时为本人）salesperson; yourself when omitted')
  personId?: string;
}

export class SummaryQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ pattern: ID.source })
  @IsOptional()
  @Matches(ID)
  personId?: string;

  @ApiPropertyOptional({
    enum: STATUSES,
    description: 'submitted 已提交, acknowledged 已签收, archived 已存档',
  })
  @IsOptional()
  @IsIn(STATUSES)
  status?: SummaryStatus;
}
