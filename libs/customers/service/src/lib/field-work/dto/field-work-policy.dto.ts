import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MAX_CADENCE_DAYS, MAX_CHECK_INS_PER_DAY } from '@sales/customers/domain';

/** Whole days from 1 to 365. */
const Days = (grade: string, example: number) => (target: object, key: string) => {
  ApiProperty({
    description: `${grade} 客户回访周期（天）/ revisit cadence of ${grade} customers in days`,
    type: 'integer',
    minimum: 1,
    maximum: MAX_CADENCE_DAYS,
    example,
  })(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
  Max(MAX_CADENCE_DAYS)(target, key);
};

export class RevisitCadenceDto {
  @Days('A 级', 7)
  A!: number;

  @Days('B 级', 14)
  B!: number;

  @Days('C 级', 30)
  C!: number;

  @Days('D 级', 90)
  D!: number;

  @ApiProperty({
    description:
      '未评级（潜在）客户回访周期（天）；null 为不设（默认：潜在客户由公海规则管理）/ cadence of ungraded (potential) customers; null: none (default: the pool’s rule covers them)',
    type: 'integer',
    minimum: 1,
    maximum: MAX_CADENCE_DAYS,
    nullable: true,
    example: null,
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_CADENCE_DAYS)
  ungraded!: number | null;
}

/** 外勤规则 as the VP sets it: every term, each version whole. */
export class FieldWorkPolicyDto {
  @ApiProperty({ description: '各等级回访周期 revisit cadence per grade', type: RevisitCadenceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RevisitCadenceDto)
  revisitCadenceDays!: RevisitCadenceDto;

  @ApiProperty({
    description:
      '外出日最少联系汇报次数（默认 1；通常 1–2 次，2 并非上限）/ minimum check-ins per day out (default 1; 1–2 is usual, 2 is not a cap)',
    type: 'integer',
    minimum: 1,
    maximum: MAX_CHECK_INS_PER_DAY,
    example: 1,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CHECK_INS_PER_DAY)
  minimumCheckInsPerDayOut!: number;
}
