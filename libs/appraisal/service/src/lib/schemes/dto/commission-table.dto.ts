import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Omittable } from '@sales/shared/http';
import { IsIn, IsInt, IsNumber, Matches, Max, Min } from 'class-validator';
import { MAX_MINOR, NestedList, Percent } from './scheme-field.decorators';

export class CommissionTierDto {
  @ApiProperty({
    description: '档位起点（分，含）tier start in fen, inclusive',
    type: 'integer',
    example: 10000000,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  fromMinor!: number;

  @Percent('提成比例（%，最多四位小数）rate in percent', 3, 100, 4)
  ratePercent!: number;
}

export class AcceleratorDto {
  @Percent('达成率起点（%，含）attainment from, in percent, inclusive', 100, 1000)
  fromAttainment!: number;

  @ApiProperty({
    description: '加速系数（≥ 1）multiplier, at least 1',
    example: 1.5,
    minimum: 1,
    maximum: 10,
  })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(1)
  @Max(10)
  multiplier!: number;
}

export class CommissionTableDto {
  @ApiProperty({
    description: '计提基数：collections 回款（默认）、signed 签约额、gross-margin 毛利',
    enum: ['collections', 'signed', 'gross-margin'],
  })
  @IsIn(['collections', 'signed', 'gross-margin'])
  basis!: 'collections' | 'signed' | 'gross-margin';

  @ApiProperty({ description: 'full 全额累进 / excess 超额累进', enum: ['full', 'excess'] })
  @IsIn(['full', 'excess'])
  mode!: 'full' | 'excess';

  @ApiProperty({ description: '币种 ISO 4217', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @NestedList(() => CommissionTierDto, '提成档位（从 0 起，严格递增）tiers from 0, rising strictly')
  tiers!: CommissionTierDto[];

  @NestedList(() => AcceleratorDto, '加速档（达成率起点严格递增，可为空）accelerators, may be empty', 0)
  accelerators!: AcceleratorDto[];

  @ApiPropertyOptional({ description: '封顶（分）cap in fen', type: 'integer', example: 3000000 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR)
  capMinor?: number;
}
