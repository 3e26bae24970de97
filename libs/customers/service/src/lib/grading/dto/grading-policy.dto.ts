import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Omittable } from '@sales/shared/http';

const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** A lower bound in integer minor units (分): never a fraction, never zero. */
const Threshold = (grade: string, yuan: string) => (target: object, key: string) => {
  ApiProperty({
    description: `${grade} 级下限（分，回款合计 ≥ 此值）/ lower bound of grade ${grade} in minor units (fen)`,
    type: 'integer',
    minimum: 1,
    maximum: MAX_AMOUNT,
    example: Number(yuan) * 100,
  })(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
  Max(MAX_AMOUNT)(target, key);
};

export class GradeThresholdsDto {
  @Threshold('A', '1000000')
  A!: number;

  @Threshold('B', '300000')
  B!: number;

  @Threshold('C', '50000')
  C!: number;
}

/** 评级政策 as the VP sets it; the thresholds must fall strictly from A to C (checked by the domain). */
export class GradingPolicyDto {
  @ApiProperty({
    description: '统计窗口（月，滚动）/ trailing window in months',
    type: 'integer',
    minimum: 1,
    maximum: 36,
    example: 12,
  })
  @IsInt()
  @Min(1)
  @Max(36)
  windowMonths!: number;

  @ApiProperty({
    description: '各等级回款下限（A > B > C，低于 C 为 D）/ lower bounds per grade (A > B > C; below C is D)',
    type: GradeThresholdsDto,
  })
  @IsObject()
  @ValidateNested()
  @Type(() => GradeThresholdsDto)
  thresholds!: GradeThresholdsDto;

  @ApiPropertyOptional({
    description: '币种（ISO 4217；默认沿用当前政策的币种）/ currency (default: the current policy’s)',
    example: 'CNY',
    pattern: '^[A-Z]{3}$',
  })
  @Omittable()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}
