import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KPI_FIGURE_IDS } from '@sales/appraisal/events';
import { Omittable } from '@sales/shared/http';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const MAX_MINOR = Number.MAX_SAFE_INTEGER;

export class PreviewFigureDto {
  @ApiProperty({
    description: 'KPI 指标编号 figure id',
    enum: [...KPI_FIGURE_IDS],
    example: 'P7.collections.realistic',
  })
  @IsIn([...KPI_FIGURE_IDS])
  figureId!: string;

  @ApiProperty({
    description:
      '数值（如 KpiPeriodClosed：比率为小数 "0.9"，金额为分，null 为无数值）value as frozen by the KPI service',
    example: '0.9',
    nullable: true,
    type: 'string',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(/^-?\d+(\.\d+)?$/)
  value!: string | null;
}

const minor = (description: string, example: number) =>
  ApiProperty({ description: `${description}（分）in fen`, type: 'integer', example });
const target = (description: string) =>
  ApiPropertyOptional({
    description: `${description}（现实目标，分；不填为无目标）realistic target in fen`,
    type: 'integer',
    example: 40000000,
  });

export class PreviewAmountsDto {
  @minor('签约额 signed amount', 35000000)
  @IsInt()
  @Min(-MAX_MINOR)
  @Max(MAX_MINOR)
  signedMinor!: number;

  @minor('毛利 gross margin', 0)
  @IsInt()
  @Min(-MAX_MINOR)
  @Max(MAX_MINOR)
  grossMarginMinor!: number;

  @minor('回款 collections', 35000000)
  @IsInt()
  @Min(-MAX_MINOR)
  @Max(MAX_MINOR)
  collectedMinor!: number;

  @target('销售目标 sales target')
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  salesTargetMinor?: number;

  @target('毛利目标 gross-margin target')
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  grossMarginTargetMinor?: number;

  @target('回款目标 collections target')
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  collectionsTargetMinor?: number;
}

/** 试算: what a scheme version would give for these figures (nothing is recorded). */
export class SchemePreviewDto {
  @ApiPropertyOptional({
    description: '版本（默认：asOf 当日生效的版本）version (default: the one in force on asOf)',
    type: 'integer',
    example: 1,
  })
  @Omittable()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    description: '按哪天生效的版本（默认今天）which day’s version (default today)',
    example: '2027-04-01',
    format: 'date',
  })
  @Omittable()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string;

  @ApiProperty({ description: '各指标数值 the figures', type: [PreviewFigureDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreviewFigureDto)
  figures!: PreviewFigureDto[];

  @ApiProperty({ description: '期间金额与目标 the period’s amounts and targets', type: PreviewAmountsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PreviewAmountsDto)
  amounts!: PreviewAmountsDto;

  @ApiProperty({
    description: '定性评价得分（0–100）qualitative score',
    example: 80,
    minimum: 0,
    maximum: 100,
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  qualitativeScore!: number;

  @ApiPropertyOptional({
    description: '此前连续未达标次数（默认 0）consecutive misses before (default 0)',
    type: 'integer',
    example: 0,
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(1000)
  previousConsecutiveMisses?: number;
}
