import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_NOTE_LENGTH, MAX_PLACE_LENGTH } from '@sales/customers/domain';
import {
  BusinessDateField,
  NullableId,
  OmittableBusinessDate,
  OmittableId,
  OmittableText,
  RequiredId,
} from './dto-parts';

export class CoordinatesDto {
  @ApiProperty({ description: '纬度 latitude (WGS-84)', minimum: -90, maximum: 90, example: 31.2989 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ description: '经度 longitude (WGS-84)', minimum: -180, maximum: 180, example: 120.7161 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng!: number;
}

/** 外出联系汇报 (C4): the recorded time is the server's; the day defaults to today. */
export class CheckInDto {
  @OmittableId('汇报人（只能是本人，省略即本人）/ who checks in: only yourself (the default)')
  personId?: string;

  @OmittableBusinessDate(
    '汇报所属日期（默认今天，不能是将来）/ the day the check-in is for (default today, never ahead)',
  )
  date?: string;

  @ApiProperty({ description: '地点（必填）place (required)', minLength: 1, maxLength: MAX_PLACE_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PLACE_LENGTH)
  place!: string;

  @ApiPropertyOptional({ description: '坐标（可选）coordinates', type: CoordinatesDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @ValidateNested()
  @Type(() => CoordinatesDto)
  coordinates?: CoordinatesDto | null;

  @NullableId('相关客户 customer, if any')
  customerId?: string | null;

  @OmittableText('备注 note', MAX_NOTE_LENGTH)
  note?: string;
}

/** 申报外出 (C4): a day with an in-person or joint visit counts as out without this. */
export class DeclareDayOutDto {
  @OmittableId('外出人（只能是本人，省略即本人）/ who is out: only yourself (the default)')
  personId?: string;

  @BusinessDateField('外出日期 the day out')
  date!: string;

  @OmittableText('说明 note', MAX_NOTE_LENGTH)
  note?: string;
}

/** A day of a person, in the path. */
export class FieldDayParams {
  @RequiredId('人员 person')
  personId!: string;

  @BusinessDateField('日期 date')
  date!: string;
}
