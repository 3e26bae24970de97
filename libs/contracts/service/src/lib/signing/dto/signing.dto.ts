import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_INSTALMENTS, MAX_LINES, MAX_VAT_BASIS_POINTS } from '@sales/contracts/domain';
import { Omittable } from '@sales/shared/http';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const FORM_NUMBER = /^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{3,6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateSchema = { format: 'date', pattern: DATE.source };

const RequiredId = (description: string, example?: string) =>
  applyDecorators(ApiProperty({ description, example, pattern: ID.source }), Matches(ID));
const OmittableId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, pattern: ID.source }), Omittable(), Matches(ID));
const BusinessDateField = (description: string, example: string) =>
  applyDecorators(
    ApiProperty({ description, example, ...dateSchema }),
    Matches(DATE),
    IsDateString({ strict: true }),
  );
/** Money: integer fen (a float or a string is a 400 naming the field). */
const Fen = (description: string, minimum: number, example: number) =>
  applyDecorators(
    ApiProperty({
      description: `${description}（整数，分；币种见 currency）/ integer minor units (fen) of \`currency\``,
      type: 'integer',
      minimum,
      maximum: Number.MAX_SAFE_INTEGER,
      example,
    }),
    IsInt(),
    Min(minimum),
    Max(Number.MAX_SAFE_INTEGER),
  );
const Text = (description: string, maxLength = 500) =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength }),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
const OmittableText = (description: string, maxLength = 500) =>
  applyDecorators(
    ApiPropertyOptional({ description, maxLength }),
    Omittable(),
    IsString(),
    MaxLength(maxLength),
  );

export class ContractLineDto {
  @RequiredId('产品线（产品目录）product line from the catalogue', 'led')
  productLineId!: string;

  @Fen('含税金额 amount incl. VAT', 1, 80_000_000)
  amountMinor!: number;

  @ApiPropertyOptional({
    description:
      '增值税率（基点，1300 = 13%；不填取产品线默认：货物 13%，安装服务 9%）VAT rate in basis points (default: the product line’s)',
    type: 'integer',
    minimum: 0,
    maximum: MAX_VAT_BASIS_POINTS,
    example: 1300,
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_VAT_BASIS_POINTS)
  vatBasisPoints?: number;
}

export class InstalmentDto {
  @Text('名称（预付款、到货款、验收款、质保金…）instalment name', 50)
  name!: string;

  @BusinessDateField('应付日期（不早于签约日期）due date (not before the signing date)', '2027-06-30')
  dueOn!: string;

  @Fen('金额（含税）amount', 1, 30_000_000)
  amountMinor!: number;
}

/**
 * 签约. Gross margin (毛利) is computed tax-exclusive in integer fen: each line's amount excl. VAT =
 * round_half_up(amountMinor × 10000 ÷ (10000 + vatBasisPoints)); 毛利 = Σ lines excl. VAT −
 * costEstimateMinor; 毛利率 (basis points) = round(毛利 × 10000 ÷ Σ lines excl. VAT).
 */
export class SignContractDto {
  @OmittableId(
    '合同（系统编号，客户端可自定以便重试；或用 Idempotency-Key 头）contract id, fixed by the client so a retry completes the same signing',
  )
  contractId?: string;

  @ApiProperty({
    description: '合同编号（签约人领用的合同）form number held by the signer',
    example: 'HT-2027-0001',
    pattern: FORM_NUMBER.source,
  })
  @Matches(FORM_NUMBER)
  formNumber!: string;

  @RequiredId('客户 customer (must exist)', 'c-1')
  customerId!: string;

  @OmittableId('签约人（销售；默认本人，副总可代为登记）signer, a salesperson (default: the caller)')
  signerId?: string;

  @BusinessDateField('签约日期（不晚于今天）signing date (not after today)', '2027-03-08')
  signedOn!: string;

  @ApiProperty({ description: '币种（ISO 4217）currency', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @Fen('合同金额（含税）contract amount incl. VAT', 1, 100_000_000)
  amountMinor!: number;

  @Fen('成本预估（不含税）cost estimate excl. VAT', 0, 60_000_000)
  costEstimateMinor!: number;

  @ApiProperty({
    description: '产品线（金额之和 = 合同金额）product lines adding up to the amount',
    type: [ContractLineDto],
    minItems: 1,
    maxItems: MAX_LINES,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => ContractLineDto)
  lines!: ContractLineDto[];

  @ApiProperty({
    description: '付款计划（各期之和 = 合同金额）payment plan adding up to the amount',
    type: [InstalmentDto],
    minItems: 1,
    maxItems: MAX_INSTALMENTS,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INSTALMENTS)
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  paymentPlan!: InstalmentDto[];

  @OmittableText(
    '副总特批：无已批准报备时签约的原因（仅副总）the VP’s reason to sign without an approved report',
  )
  reportOverrideReason?: string;

  @OmittableText('副总特批：超出信用额度签约的原因（仅副总）the VP’s reason to sign past the credit limit')
  creditOverrideReason?: string;
}

export class FileContractDto {
  @BusinessDateField('归档日期 date filed', '2027-03-09')
  filedOn!: string;

  @Text('原件存放位置 where the original is kept', 200)
  location!: string;
}

export class RequestTerminationDto {
  @BusinessDateField('终止日期（签约日期至今天之间）termination date', '2027-05-01')
  terminationOn!: string;

  @Text('终止原因 reason')
  reason!: string;
}

export class DecideTerminationDto {
  @ApiProperty({ description: '批准（true）或驳回（false）approve or reject' })
  @IsBoolean()
  approve!: boolean;

  @OmittableText('驳回原因（驳回时必填）reason (required to reject)')
  reason?: string;
}

export class TransferContractDto {
  @RequiredId('接手的同事（销售）the colleague taking it over', 'p-wang')
  toOwnerId!: string;

  @Text('移交原因 reason')
  reason!: string;
}

export class ContractParams {
  @RequiredId('合同 contract id')
  contractId!: string;
}

export class ContractQueryDto {
  @OmittableId('负责人 owner')
  ownerId?: string;

  @OmittableId('事业部 division')
  divisionId?: string;

  @OmittableId('客户 customer')
  customerId?: string;

  @ApiPropertyOptional({ enum: ['open', 'terminated'], description: '状态 status' })
  @Omittable()
  @IsIn(['open', 'terminated'])
  status?: 'open' | 'terminated';

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '原件是否已归档 filed or not' })
  @Omittable()
  @IsIn(['true', 'false'])
  filed?: 'true' | 'false';
}
