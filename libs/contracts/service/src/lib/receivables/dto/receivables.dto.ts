import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
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
import { PAYMENT_METHODS, type PaymentMethod } from '@sales/contracts/events';
import { Omittable } from '@sales/shared/http';
import { AGEING_GROUPS, type AgeingGroup } from '../ageing.query';

/* 应收账款 (K5) requests: money in whole 分 of the contract's currency, never a float or a string. */

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = { example: '2027-03-31', format: 'date', pattern: DATE.source };
const MAX_REASON = 500;

const RequiredId = (description: string) =>
  applyDecorators(ApiProperty({ description, pattern: ID.source }), Matches(ID));
const OmittableId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, pattern: ID.source }), Omittable(), Matches(ID));
const BusinessDate = (description: string) =>
  applyDecorators(ApiProperty({ description, ...dateSchema }), Matches(DATE), IsDateString({ strict: true }));
const OmittableDate = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, ...dateSchema }),
    Omittable(),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
const Fen = (description: string, minimum = 1) =>
  applyDecorators(
    ApiProperty({
      description: `${description}（整数，分；合同币种）/ integer minor units (fen) of the contract's currency`,
      type: 'integer',
      minimum,
      maximum: Number.MAX_SAFE_INTEGER,
      example: 30_000_000,
    }),
    IsInt(),
    Min(minimum),
    Max(Number.MAX_SAFE_INTEGER),
  );
const Currency = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: '币种（ISO 4217；省略即合同币种）currency, the contract’s by default',
      example: 'CNY',
      pattern: '^[A-Z]{3}$',
    }),
    Omittable(),
    Matches(/^[A-Z]{3}$/),
  );
const Reason = (description: string) =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength: MAX_REASON }),
    IsString(),
    IsNotEmpty(),
    MaxLength(MAX_REASON),
  );

export class ContractParams {
  @RequiredId('合同（系统编号）contract id')
  contractId!: string;
}

export class InvoiceParams extends ContractParams {
  @RequiredId('发票编号 invoice id')
  invoiceId!: string;
}

export class PaymentParams extends ContractParams {
  @RequiredId('回款编号 payment id')
  paymentId!: string;
}

export class CustomerCreditParams {
  @RequiredId('客户 customer id')
  customerId!: string;
}

export class IssueInvoiceDto {
  @OmittableId('发票编号（客户端生成则重试不重复登记；省略则由系统生成）invoice id: yours makes a retry safe')
  invoiceId?: string;

  @RequiredId('付款计划分期 instalment of the payment plan')
  instalmentId!: string;

  @Fen('发票金额（含税）invoice amount (tax-inclusive)')
  amountMinor!: number;

  @Currency()
  currency?: string;

  @BusinessDate('开票日期（不晚于今天）date of issue (not after today)')
  issuedOn!: string;

  @BusinessDate('到期日（不早于开票日期）due date (not before the date of issue)')
  dueOn!: string;
}

export class VoidInvoiceDto {
  @Reason('红冲原因 reason')
  reason!: string;

  @OmittableDate('红冲日期（默认今天）date voided (today by default)')
  voidedOn?: string;
}

export class RecordPaymentDto {
  @OmittableId('回款编号（客户端生成则重试不重复登记）payment id: yours makes a retry safe')
  paymentId?: string;

  @Fen('回款金额 amount received')
  amountMinor!: number;

  @Currency()
  currency?: string;

  @BusinessDate('到账日期（不晚于今天）date received (not after today)')
  receivedOn!: string;

  @ApiProperty({
    description:
      '收款方式 method: bank_transfer 银行转账, acceptance_bill 承兑汇票, cash 现金, cheque 支票, other 其他',
    enum: PAYMENT_METHODS,
  })
  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  @ApiPropertyOptional({
    description:
      '对应发票（省略则先核销最早到期的发票；尚无发票即为预收）invoice; without one the oldest due is settled first',
    type: String,
    pattern: ID.source,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(ID)
  invoiceId?: string | null;
}

export class ReversePaymentDto {
  @OmittableId('冲销编号（客户端生成则重试不重复登记）the reversal’s own id: yours makes a retry safe')
  reversalId?: string;

  @Fen('冲销金额（不超过该笔回款未冲销部分）amount undone (at most what is left of the payment)')
  amountMinor!: number;

  @BusinessDate('冲销日期 date of the reversal')
  reversedOn!: string;

  @Reason('冲销原因 reason')
  reason!: string;
}

export class SetCreditLimitDto {
  @ApiProperty({
    description:
      '信用额度（整数，分；null 为取消额度）credit limit in integer minor units (fen); null clears it',
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    nullable: true,
    example: 80_000_000,
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  limitMinor!: number | null;

  @ApiProperty({ description: '币种（ISO 4217）currency', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

export class AsOfQueryDto {
  @OmittableDate('截至日期（默认今天）as of (today by default)')
  asOf?: string;
}

export class AgeingQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({
    description: '汇总维度 group by: contract 合同, customer 客户, owner 业务员, division 事业部',
    enum: AGEING_GROUPS,
  })
  @Omittable()
  @IsIn(AGEING_GROUPS)
  groupBy?: AgeingGroup;

  @OmittableId('客户 customer')
  customerId?: string;

  @OmittableId('业务员（合同负责人）owner')
  ownerId?: string;

  @OmittableId('事业部 division')
  divisionId?: string;
}
