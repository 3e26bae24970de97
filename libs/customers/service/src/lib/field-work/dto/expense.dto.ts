import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { MAX_RECEIPT_REF, MAX_REJECT_REASON } from '@sales/customers/domain';
import {
  EXPENSE_CATEGORIES,
  EXPENSE_STATUSES,
  type ExpenseCategory,
  type ExpenseStatus,
} from '@sales/customers/events';
import { BusinessDateField, NullableId, OmittableBusinessDate, OmittableId, RequiredId } from './dto-parts';

/** 登记费用 (C5): the person's own expense; the amount in whole 分, never a float. */
export class RecordExpenseDto {
  @OmittableId('发生费用的人（只能是本人，省略即本人）/ who spent it: only yourself (the default)')
  personId?: string;

  @BusinessDateField('费用日期 date of the expense (not after today)')
  date!: string;

  @ApiProperty({
    description:
      '类别 category: travel 差旅, entertainment 招待, transport 交通, telecom 通讯, gifts 礼品, other 其他',
    enum: EXPENSE_CATEGORIES,
  })
  @IsIn(EXPENSE_CATEGORIES)
  category!: ExpenseCategory;

  @ApiProperty({
    description: '金额（整数，分；币种见 currency）/ amount in integer minor units (fen), currency beside it',
    type: 'integer',
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
    example: 123456,
  })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor!: number;

  @ApiProperty({ description: '币种（ISO 4217）currency', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @NullableId('相关客户 customer, if any')
  customerId?: string | null;

  @ApiPropertyOptional({
    description: '票据号 receipt reference',
    type: String,
    maxLength: MAX_RECEIPT_REF,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(MAX_RECEIPT_REF)
  receiptRef?: string | null;
}

export class RejectExpenseDto {
  @ApiProperty({ description: '驳回原因 reason', minLength: 1, maxLength: MAX_REJECT_REASON })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REJECT_REASON)
  reason!: string;
}

export class ExpenseParams {
  @RequiredId('费用编号 expense id')
  expenseId!: string;
}

export class ExpenseQueryDto {
  @OmittableId('人员 person')
  personId?: string;

  @OmittableId('事业部（按费用日期）division as of the expense date')
  divisionId?: string;

  @ApiPropertyOptional({ description: '状态 status', enum: EXPENSE_STATUSES })
  @IsOptional()
  @IsIn(EXPENSE_STATUSES)
  status?: ExpenseStatus;

  @OmittableBusinessDate('起始日期（默认结束日期前 30 天）from')
  from?: string;

  @OmittableBusinessDate('结束日期（默认今天）to')
  to?: string;
}
