import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CYCLE_KINDS, type AppealDecision, type CycleKind } from '@sales/appraisal/domain';
import {
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const LABEL = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const SUBJECT_KEY = /^(person|division):[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class OpenCycleDto {
  @ApiProperty({ description: '考核办法 scheme id', example: 'sales-q', pattern: ID.source })
  @Matches(ID)
  schemeId!: string;

  @ApiProperty({ description: '周期类型 month / quarter / year', enum: CYCLE_KINDS })
  @IsIn(CYCLE_KINDS)
  kind!: CycleKind;

  @ApiProperty({
    description: '期间 2027-03 / 2027-Q1 / 2027（与 KPI 接口一致）',
    example: '2027-Q1',
    pattern: LABEL.source,
  })
  @Matches(LABEL)
  label!: string;
}

export class CycleParams {
  @ApiProperty({ example: 'sales-q.2027-Q1', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/)
  id!: string;
}

export class SubjectParams extends CycleParams {
  @ApiProperty({
    description: '考核对象 person:<人员> 或 division:<事业部>',
    example: 'person:p-li',
    pattern: SUBJECT_KEY.source,
  })
  @Matches(SUBJECT_KEY)
  subjectKey!: string;
}

export class EvaluationDto {
  @ApiProperty({
    description: '定性评分 qualitative score, 0–100 (at most 2 decimals)',
    minimum: 0,
    maximum: 100,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  score!: number;

  @ApiPropertyOptional({
    description: '未达标原因（销售会议）causes of misses, from the sales meeting',
    maxLength: 5000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  causes?: string;

  @ApiPropertyOptional({ description: '改进措施 measures decided', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  measures?: string;
}

/** A reason the domain requires (an empty one is refused by name: `appeal-reason-required`, …). */
export class CycleReasonDto {
  @ApiProperty({ description: '理由 reason', maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  reason!: string;
}

export class AppealDecisionDto extends CycleReasonDto {
  @ApiProperty({ description: '复核结论 upheld 维持 / amended 改判', enum: ['upheld', 'amended'] })
  @IsIn(['upheld', 'amended'])
  decision!: AppealDecision;

  @ApiPropertyOptional({
    description: '改判时的新定性评分 new qualitative score (amended only)',
    minimum: 0,
    maximum: 100,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  qualitativeScore?: number | null;
}
