import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;
const NODE = /^(company|division:[A-Za-z0-9_.-]+|salesperson:[A-Za-z0-9_.-]+)$/;

/** Integer minor units (fen) for money, a plain count for 新增客户; never a fraction. */
const Amount = () => (target: object, key: string) => {
  IsInt()(target, key);
  Min(0)(target, key);
  Max(MAX_AMOUNT)(target, key);
};

export class LevelSplitDto {
  @ApiProperty({
    description: '现实目标的分期 / realistic level per period',
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT },
    example: [2000000, 2400000, 2800000, 2800000],
  })
  @IsArray()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_AMOUNT, { each: true })
  realistic!: number[];

  @ApiProperty({
    description: '理想目标的分期 / stretch level per period',
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT },
  })
  @IsArray()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_AMOUNT, { each: true })
  stretch!: number[];
}

export class MetricTargetDto {
  @ApiProperty({
    description: '全年现实目标（分；新增客户为户数）/ realistic year figure (fen; a count for new customers)',
    example: 10000000,
    type: 'integer',
    minimum: 0,
    maximum: MAX_AMOUNT,
  })
  @Amount()
  realistic!: number;

  @ApiProperty({
    description: '全年理想目标 / stretch year figure',
    example: 12000000,
    type: 'integer',
    minimum: 0,
    maximum: MAX_AMOUNT,
  })
  @Amount()
  stretch!: number;

  @ApiPropertyOptional({
    description: '四个季度，合计须等于全年（渐进式目标）/ four quarters adding up to the year',
    type: LevelSplitDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LevelSplitDto)
  quarters?: LevelSplitDto;

  @ApiPropertyOptional({
    description:
      '十二个月（可选，默认季度内平均分配）/ twelve months (optional; even within the quarter by default)',
    type: LevelSplitDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LevelSplitDto)
  months?: LevelSplitDto;
}

export class NodeTargetsDto {
  @ApiPropertyOptional({ description: '销售额 sales amount', type: MetricTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MetricTargetDto)
  salesAmount?: MetricTargetDto;

  @ApiPropertyOptional({ description: '毛利 gross margin', type: MetricTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MetricTargetDto)
  grossMargin?: MetricTargetDto;

  @ApiPropertyOptional({ description: '回款 collections', type: MetricTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MetricTargetDto)
  collections?: MetricTargetDto;

  @ApiPropertyOptional({ description: '新增客户 new customers (count)', type: MetricTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MetricTargetDto)
  newCustomers?: MetricTargetDto;

  @ApiPropertyOptional({ description: '费用 expense budget', type: MetricTargetDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MetricTargetDto)
  expenseBudget?: MetricTargetDto;
}

export class OpenPlanDto {
  @ApiProperty({
    description: '财年 fiscal year',
    example: 2026,
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @ApiProperty({ description: '币种 currency (ISO 4217)', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

export class CorrectPlanDto {
  @ApiProperty({
    description: '更正后的币种 corrected currency (ISO 4217)',
    example: 'CNY',
    pattern: '^[A-Z]{3}$',
  })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

export class SetTargetsDto {
  @ApiProperty({ description: '该节点各指标目标 / the node’s targets per metric', type: NodeTargetsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NodeTargetsDto)
  targets!: NodeTargetsDto;

  @ApiPropertyOptional({
    description: '确认保留低于上一季度的季度目标 / keep quarters lower than the previous one',
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeRegressiveQuarters?: boolean;
}

export class ExclusionDto {
  @ApiProperty({
    description: '不分配目标的业务人员 / the salesperson left without targets',
    example: 'p-he-yun',
    pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
  })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
  personId!: string;

  @ApiProperty({
    description: '原因 reason',
    example: '年中入职，下半年再定目标',
    minLength: 1,
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReasonDto {
  @ApiProperty({
    description: '原因 reason',
    example: '华南区新增两名业务人员',
    minLength: 1,
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class NodeChangeDto {
  @ApiProperty({
    description: '节点 node: company | division:<id> | salesperson:<id>',
    example: 'salesperson:p-li',
    pattern: NODE.source,
  })
  @Matches(NODE)
  node!: string;

  @ApiProperty({ type: NodeTargetsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NodeTargetsDto)
  targets!: NodeTargetsDto;
}

export class ReviseTargetsDto extends ReasonDto {
  @ApiProperty({
    description: '修订的节点 / the changed nodes',
    type: [NodeChangeDto],
    minItems: 1,
    maxItems: 500,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => NodeChangeDto)
  changes!: NodeChangeDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  acknowledgeRegressiveQuarters?: boolean;
}

export class PlanParams {
  @ApiProperty({
    description: '财年 fiscal year',
    example: 2026,
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
  })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class NodeParams extends PlanParams {
  @ApiProperty({
    description: 'company | division:<id> | salesperson:<id>',
    example: 'division:d-east',
    pattern: NODE.source,
  })
  @Matches(NODE)
  node!: string;
}

export class UnitParams extends PlanParams {
  @ApiProperty({
    description: '审批单元 approval unit: company | division:<id>',
    example: 'company',
    pattern: '^(company|division:[A-Za-z0-9_.-]+)$',
  })
  @Matches(/^(company|division:[A-Za-z0-9_.-]+)$/)
  unit!: string;
}
