import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KPI_FIGURE_IDS } from '@sales/appraisal/events';
import { Omittable } from '@sales/shared/http';
import { CommissionTableDto } from './commission-table.dto';
import { DECIMAL, Decimal, MAX_MINOR, Nested, NestedList, Percent, Text } from './scheme-field.decorators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const isLinear = (curve: CurveDto) => curve.kind === 'linear';

export class ScoreBandDto {
  @Decimal('档位起点（含，与指标同单位）band start, inclusive, in the figure’s unit', '2')
  from!: string;

  @Percent('该档得分 points of the band', 60, 1000)
  points!: number;
}

/** linear（下限—目标—封顶）or bands（分档）; the fields of the other kind are not allowed. */
export class CurveDto {
  @ApiProperty({ description: '曲线类型：linear 线性，bands 分档 curve kind', enum: ['linear', 'bands'] })
  @IsIn(['linear', 'bands'])
  kind!: 'linear' | 'bands';

  @ApiPropertyOptional({
    description: '下限（此值及以下 0 分；linear）floor: 0 points at or beyond it',
    example: '0.6',
    pattern: DECIMAL.source,
  })
  @ValidateIf(isLinear)
  @IsString()
  @Matches(DECIMAL)
  floor?: string;

  @ApiPropertyOptional({
    description: '目标（100 分；linear）target: 100 points',
    example: '1',
    pattern: DECIMAL.source,
  })
  @ValidateIf(isLinear)
  @IsString()
  @Matches(DECIMAL)
  target?: string;

  @ApiPropertyOptional({
    description: '封顶值（可选；超过目标后按同一斜率加分至此）cap: points keep rising past target up to it',
    example: '1.2',
    pattern: DECIMAL.source,
  })
  @ValidateIf((curve: CurveDto, value) => isLinear(curve) && value !== undefined)
  @IsString()
  @Matches(DECIMAL)
  cap?: string;

  @ApiPropertyOptional({
    description: '分档（bands；起点严格递增）bands, starts rising strictly',
    type: [ScoreBandDto],
  })
  @ValidateIf((curve: CurveDto) => !isLinear(curve))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScoreBandDto)
  bands?: ScoreBandDto[];
}

export class SchemeKpiDto {
  @ApiProperty({
    description: 'KPI 指标编号 figure id (KPI service catalogue)',
    enum: [...KPI_FIGURE_IDS],
    example: 'P7.collections.realistic',
  })
  @IsIn([...KPI_FIGURE_IDS])
  figureId!: string;

  @Percent('权重（%，最多两位小数）weight in percent', 40)
  weightPercent!: number;

  @Nested(() => CurveDto, '评分曲线 scoring curve')
  curve!: CurveDto;
}

export class GradeBandDto {
  @Text('等级 grade', 'A', 8)
  grade!: string;

  @Percent('得分下限（含）minimum score, inclusive', 90, 1000)
  minScore!: number;
}

export class MissDto {
  @ApiProperty({
    description: '未达标定义：grades 按等级，score-below 低于某分 what counts as a miss',
    enum: ['grades', 'score-below'],
  })
  @IsIn(['grades', 'score-below'])
  kind!: 'grades' | 'score-below';

  @ApiPropertyOptional({
    description: '算作未达标的等级（grades）the miss grades',
    example: ['D'],
    type: [String],
  })
  @ValidateIf((miss: MissDto) => miss.kind === 'grades')
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  grades?: string[];

  @ApiPropertyOptional({
    description: '低于此分为未达标（score-below）a score below this is a miss',
    example: 60,
  })
  @ValidateIf((miss: MissDto) => miss.kind === 'score-below')
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  score?: number;
}

export class LadderTextDto {
  @Text('说明 text', '由事业部经理制定改进计划')
  text!: string;
}

export class PenaltyDto extends LadderTextDto {
  @ApiPropertyOptional({
    description: '惩罚金额（分，从提成中扣减）penalty deducted from the payout, in fen',
    type: 'integer',
    example: 50000,
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  amountMinor?: number;
}

export class LadderDto {
  @Nested(() => LadderTextDto, '第 1 次未达标：帮助 1st miss: help')
  help!: LadderTextDto;

  @Nested(() => PenaltyDto, '连续第 2 次：惩罚 2nd consecutive: penalty')
  penalty!: PenaltyDto;

  @Nested(() => LadderTextDto, '连续第 3 次：淘汰预警（仅提示）3rd consecutive: elimination warning (a flag)')
  eliminationWarning!: LadderTextDto;
}

/** 考核办法 as the VP sets it (PUT /appraisal/schemes/:schemeId). The domain checks what spans fields (weights = 100%, order of bands and tiers). */
export class SchemeRulesDto {
  @Text('名称 name', '业务人员季度考核办法', 100)
  name!: string;

  @ApiProperty({
    description: '适用对象：业务人员 / 事业部经理 who it appraises',
    enum: ['salesperson', 'division_manager'],
  })
  @IsIn(['salesperson', 'division_manager'])
  appliesTo!: 'salesperson' | 'division_manager';

  @NestedList(() => SchemeKpiDto, 'KPI 及权重 KPIs and weights')
  kpis!: SchemeKpiDto[];

  @Percent('定性评价权重（%）qualitative weight in percent', 20)
  qualitativeWeightPercent!: number;

  @NestedList(
    () => GradeBandDto,
    '等级（从高到低；最低一档从 0 起）grades, highest first, the lowest from 0',
    1,
    10,
  )
  gradeBands!: GradeBandDto[];

  @Nested(() => MissDto, '未达标定义 what counts as a miss')
  miss!: MissDto;

  @Nested(() => LadderDto, '连续未达标阶梯 the ladder')
  ladder!: LadderDto;

  @Nested(() => CommissionTableDto, '提成方案 commission table')
  commission!: CommissionTableDto;
}

export class PutSchemeDto extends SchemeRulesDto {
  @ApiPropertyOptional({
    description: '生效日期（默认今天）in force from (default today)',
    example: '2027-04-01',
    format: 'date',
  })
  @Omittable()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  effectiveFrom?: string;

  @ApiPropertyOptional({
    description: '原因（修订时必填）reason (required for a revision)',
    example: '回款权重提高',
    maxLength: 500,
  })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SchemeParams {
  @ApiProperty({
    description: '考核办法编号 scheme id',
    example: 'sales-quarterly',
    pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
  })
  @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/)
  schemeId!: string;
}
