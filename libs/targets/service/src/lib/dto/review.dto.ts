import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { QUARTERLY_REVIEW_QUESTIONS, type QuarterlyReviewForm } from '@sales/targets/domain';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** One answer of the form, described by its question (worded once, in the events lib). */
const answer = (target: object, key: string) => {
  const { zh, en } = QUARTERLY_REVIEW_QUESTIONS[key as keyof QuarterlyReviewForm];
  ApiProperty({ description: `${zh} / ${en}`, minLength: 1, maxLength: 5000 })(target, key);
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(5000)(target, key);
};

/** 季度复盘表 (T5): the text's questions. */
export class QuarterlyReviewFormDto {
  @answer yearEndGoal!: string;
  @answer obstacles!: string;
  @answer territoryStrengths!: string;
  @answer territoryWeaknesses!: string;
  @answer impactIfMissed!: string;
  @answer lastQuarterProgress!: string;
  @answer howProgressWasAchieved!: string;
  @answer makeUpForMisses!: string;
}

export class CommentDto {
  @ApiProperty({ description: '经理点评 manager’s comment', minLength: 1, maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  comment!: string;
}

export class ReviewParams {
  @ApiProperty({ example: 2026, type: 'integer', minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 1, type: 'integer', minimum: 1, maximum: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;

  @ApiProperty({ example: 'p-li', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
  salespersonId!: string;
}

export class ReviewQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ enum: ['submitted', 'commented', 'archived'] })
  @IsOptional()
  @IsIn(['submitted', 'commented', 'archived'])
  status?: 'submitted' | 'commented' | 'archived';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  salespersonId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  divisionId?: string;
}
