import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_SOURCE_KINDS, type CalendarSourceKind } from '@sales/kpi/events';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/*
 * The body of PUT /kpi/calendar/:year. The shape is checked here (real calendar dates, names,
 * sizes); the rules that need the year or the whole arrangement — every date inside the year, no
 * day twice, a make-up working day a Saturday or Sunday, a source named — are the decider's, which
 * answers a 400 naming the field (`holidays[3].date`) just the same.
 */

export class CalendarDayDto {
  @ApiProperty({
    description: '日期（YYYY-MM-DD，须在该年内）/ date (YYYY-MM-DD, inside the year)',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    example: '2025-10-01',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  date!: string;

  @ApiProperty({
    description: '名称（如“国庆节”“国庆节调休上班”）/ name (e.g. 国庆节)',
    maxLength: 40,
    example: '国庆节、中秋节',
  })
  @IsString()
  @Matches(/\S/)
  @MaxLength(40)
  name!: string;
}

export class CalendarSourceDto {
  @ApiProperty({
    description:
      '来源：official 官方通知，company 公司安排，sample 演示样例 / source: an official notice, the company’s own arrangement, or a demo sample',
    enum: CALENDAR_SOURCE_KINDS,
    example: 'official',
  })
  @IsIn([...CALENDAR_SOURCE_KINDS])
  kind!: CalendarSourceKind;

  @ApiProperty({
    description: '出处（如国务院办公厅通知文号）/ reference (e.g. the State Council notice)',
    maxLength: 300,
    example: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  })
  @IsString()
  @Matches(/\S/)
  @MaxLength(300)
  reference!: string;
}

const days = (description: string) => (target: object, key: string) => {
  ApiProperty({ description, type: [CalendarDayDto], maxItems: 366 })(target, key);
  IsArray()(target, key);
  ArrayMaxSize(366)(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => CalendarDayDto)(target, key);
};

/** 工作日历 of one year, set as a whole (a new version replaces the earlier ones). */
export class WorkCalendarDto {
  @days('节假日（放假的日子；可含周末）/ public holidays (days off; weekend days may be listed)')
  holidays!: CalendarDayDto[];

  @days('调休上班日（须为周六或周日）/ make-up working days (each a Saturday or Sunday that is worked)')
  makeUpWorkdays!: CalendarDayDto[];

  @ApiProperty({ description: '安排的来源 / where the arrangement comes from', type: CalendarSourceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CalendarSourceDto)
  source!: CalendarSourceDto;
}
