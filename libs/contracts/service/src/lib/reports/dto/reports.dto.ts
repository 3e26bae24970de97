import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FEASIBILITY_ASPECTS, type FeasibilityAspect } from '@sales/contracts/domain';
import { Omittable } from '@sales/shared/http';

/* 签约前报备 (K2) requests: money in whole 分, dates YYYY-MM-DD, ids as the other contracts slices. */

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 2000;

const Id = (description: string) =>
  applyDecorators(ApiProperty({ description, pattern: ID.source }), Matches(ID));
const Date_ = (description: string) =>
  applyDecorators(
    ApiProperty({ description, example: '2027-03-31', format: 'date', pattern: DATE.source }),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
const Text = (description: string, max = MAX_TEXT) =>
  applyDecorators(ApiProperty({ description, maxLength: max }), IsString(), MaxLength(max));

export class ReportProductDto {
  @Id('产品线 product line')
  productLineId!: string;

  @ApiPropertyOptional({
    description: '该产品线预计金额（整数，分；可省略）expected amount of the line, integer fen (optional)',
    type: 'integer',
    minimum: 1,
    nullable: true,
  })
  @Omittable()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor?: number | null;
}

export class ReportDealDto {
  @Id('客户 customer')
  customerId!: string;

  @ApiPropertyOptional({
    description: '币种（ISO 4217，默认 CNY）currency',
    example: 'CNY',
    pattern: '^[A-Z]{3}$',
  })
  @Omittable()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;

  @ApiProperty({
    description: '预计金额（含税，整数，分）expected amount incl. VAT, integer fen',
    type: 'integer',
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
    example: 100_000_000,
  })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  expectedAmountMinor!: number;

  @ApiProperty({ description: '产品线 products', type: [ReportProductDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReportProductDto)
  products!: ReportProductDto[];

  @Date_('预计签约日期 expected signing date')
  expectedSigningOn!: string;

  @Date_('预计交付日期 expected delivery date')
  expectedDeliveryOn!: string;

  @Text('技术要求 technical requirements')
  technicalRequirements!: string;

  @Text('安装条件 installation conditions')
  installationConditions!: string;
}

export class SubmitReportDto extends ReportDealDto {
  @ApiPropertyOptional({
    description: '报备编号（客户端生成则重试不重复登记）report id: yours makes a retry safe',
    pattern: ID.source,
  })
  @Omittable()
  @Matches(ID)
  reportId?: string;
}

export class FeasibilityDto {
  @ApiProperty({ description: '结论 outcome', enum: ['confirmed', 'refused'] })
  @IsIn(['confirmed', 'refused'])
  outcome!: 'confirmed' | 'refused';

  @Text('说明（不通过时必填）note, required when refusing', 500)
  note!: string;
}

export class ReportDecisionDto {
  @ApiProperty({ description: '决定 decision', enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({
    description: '驳回原因（驳回时必填）reason, required when rejecting',
    maxLength: 500,
  })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ReportParams {
  @Id('报备编号 report id')
  reportId!: string;
}

export class FeasibilityParams extends ReportParams {
  @ApiProperty({ description: '确认项 aspect', enum: FEASIBILITY_ASPECTS })
  @IsIn(FEASIBILITY_ASPECTS)
  aspect!: FeasibilityAspect;
}

export class ReportListQueryDto {
  @ApiPropertyOptional({
    description:
      '视图：mine 我的报备（默认）；to-confirm 待我确认（按角色）；to-approve 待我审批；all 范围内全部 / view: mine (default), to-confirm (by my role), to-approve, all within scope',
    enum: ['mine', 'to-confirm', 'to-approve', 'all'],
  })
  @Omittable()
  @IsIn(['mine', 'to-confirm', 'to-approve', 'all'])
  view?: 'mine' | 'to-confirm' | 'to-approve' | 'all';
}
