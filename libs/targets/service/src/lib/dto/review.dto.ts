import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const text = (zh: string, en: string) => (target: object, key: string) => {
  ApiProperty({ description: `${zh} / ${en}`, minLength: 1, maxLength: 5000 })(target, key);
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(5000)(target, key);
};

/** 季度复盘表 (T5): the text's questions. */
export class QuarterlyReviewFormDto {
  @text('你想在年底达成什么样的成果', 'the year-end result aimed for') yearEndGoal!: string;
  @text('要取得这些成果面临哪些障碍', 'obstacles') obstacles!: string;
  @text('销售区域的优势', 'strengths of the territory') territoryStrengths!: string;
  @text('销售区域的不足', 'weaknesses of the territory') territoryWeaknesses!: string;
  @text('本季度目标未达成对全年的影响', 'impact on the year if this quarter is missed') impactIfMissed!: string;
  @text('上季度哪些成果是进步', 'which of last quarter’s results were progress') lastQuarterProgress!: string;
  @text('这些进步是如何取得的', 'how the progress was achieved') howProgressWasAchieved!: string;
  @text('上季度未完成的目标如何弥补', 'how last quarter’s misses will be made up') makeUpForMisses!: string;
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
