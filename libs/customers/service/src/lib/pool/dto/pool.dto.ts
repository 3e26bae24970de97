import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Omittable } from '@sales/shared/http';
import { POOL_RULE_BOUNDS } from '@sales/customers/domain';

const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Every claim carries its reason (C7). */
export class ClaimDto {
  @ApiProperty({ description: '领取理由 why you take it', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class ReleaseDto {
  @ApiProperty({ description: '退回原因 why it goes back to the pool', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class AssignmentDto {
  @ApiProperty({ description: '接收的业务员 the salesperson who takes them', pattern: PERSON_ID.source })
  @Matches(PERSON_ID)
  toOwnerId!: string;

  @ApiProperty({ description: '公海客户 pool customers', type: [String], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  customerIds!: string[];

  @ApiProperty({ description: '分配原因 why', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

const rule = (name: keyof typeof POOL_RULE_BOUNDS, description: string, example: number) => {
  const [minimum, maximum] = POOL_RULE_BOUNDS[name];
  return (target: object, key: string) => {
    ApiProperty({ description, type: 'integer', minimum, maximum, example })(target, key);
    IsInt()(target, key);
    Min(minimum)(target, key);
    Max(maximum)(target, key);
  };
};

/** 公海规则 as the VP sets them (C7); every rule is stated each time. */
export class PoolPolicyDto {
  @rule('followUpDays', '未跟进（拜访）多少天退回公海 days without a follow-up before the return', 30)
  followUpDays!: number;

  @rule('contractDays', '未签合同多少天退回公海 days without a signed contract before the return', 90)
  contractDays!: number;

  @rule('warningDays', '退回前多少天预警负责人 days of warning before the return', 3)
  warningDays!: number;

  @rule('dailyClaimLimit', '每人每天最多领取 claims per person per day', 5)
  dailyClaimLimit!: number;

  @rule('holdLimit', '每人最多持有（近 12 个月有合同的不计）customers held per person', 150)
  holdLimit!: number;

  @rule('coolingDays', '退回后原负责人多少天内不能再领取 cooling days for the previous owner', 7)
  coolingDays!: number;

  @ApiPropertyOptional({ description: '说明 note', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CustomerRequestDto {
  @ApiProperty({
    description: '申请理由（撞单：为何应由您负责）why the customer should be yours',
    minLength: 1,
    maxLength: 1000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

/** The approver says why the customer changes hands: it becomes the transfer's note. */
export class ApproveRequestDto {
  @ApiProperty({ description: '批准说明 why it is granted', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class RejectRequestDto {
  @ApiProperty({ description: '驳回原因 why not', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class CustomerRequestParams {
  @ApiProperty({ description: '客户编号 customer id' })
  @IsString()
  @MaxLength(64)
  customerId!: string;

  @ApiProperty({ description: '申请编号 request id' })
  @IsString()
  @MaxLength(64)
  requestId!: string;
}
