import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CUSTOMER_STATUSES, GRADES, OWNER_CHANGE_REASONS } from '@sales/customers/events';
import { Omittable } from '@sales/shared/http';

const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class ContactDto {
  @ApiProperty({ description: '联系人姓名 contact name', minLength: 1, maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ description: '职务 title', maxLength: 50 })
  @IsString()
  @MaxLength(50)
  title!: string;

  @ApiProperty({ description: '电话（可带 +86、空格、横线）phones', type: [String], maxItems: 5 })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  phones!: string[];

  @ApiPropertyOptional({ description: '邮箱 email', type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEmail()
  @MaxLength(100)
  email?: string | null;
}

/** A customer record as entered (C1): the company, its contacts and notes. */
export class CustomerRecordDto {
  @ApiProperty({
    description: '公司名称 company name',
    example: '华信科技（上海）有限公司',
    minLength: 1,
    maxLength: 100,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({
    description: '统一社会信用代码（18 位，GB 32100-2015；潜在客户可不填）unified social credit code',
    example: '91350100M000100Y43',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(18)
  creditCode?: string | null;

  @ApiProperty({ description: '行业 industry', example: '制造业', minLength: 1, maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  industry!: string;

  @ApiProperty({ description: '地区 region', example: '上海', minLength: 1, maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  region!: string;

  @ApiProperty({ description: '客户来源 source', example: '展会', minLength: 1, maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  source!: string;

  @ApiPropertyOptional({ description: '地址 address', maxLength: 200 })
  @Omittable()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({ description: '联系人 contacts', type: [ContactDto], maxItems: 20 })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];

  @ApiPropertyOptional({ description: '备注 notes', maxLength: 2000 })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class RegisterCustomerDto extends CustomerRecordDto {
  @ApiPropertyOptional({
    description:
      '负责业务员；业务员登记时省略（即本人）；副总、市场部主管可填 null 放入公海 / owner: omitted by a salesperson (themself); null puts it in the pool (VP, sales admin)',
    type: String,
    nullable: true,
    pattern: PERSON_ID.source,
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(PERSON_ID)
  ownerId?: string | null;
}

export class TransferDto {
  @ApiProperty({ description: '接收的业务员 new owner', example: 'p-wang-lei', pattern: PERSON_ID.source })
  @Matches(PERSON_ID)
  toOwnerId!: string;

  @ApiProperty({
    description: '原因 reason: territory 区域调整, handover 离职交接, manager-decision 上级决定',
    enum: OWNER_CHANGE_REASONS.filter((r) => !r.startsWith('pool-')),
  })
  @IsIn(OWNER_CHANGE_REASONS.filter((r) => !r.startsWith('pool-')))
  reason!: 'territory' | 'handover' | 'manager-decision';

  @ApiProperty({ description: '说明 note', minLength: 1, maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note!: string;
}

export class BulkTransferDto extends TransferDto {
  @ApiProperty({ description: '原负责人 current owner', example: 'p-li-na', pattern: PERSON_ID.source })
  @Matches(PERSON_ID)
  fromOwnerId!: string;

  @ApiPropertyOptional({
    description: '只转移这些客户（省略则转移其全部客户）only these customers',
    type: [String],
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  customerIds?: string[];
}

export class MergeDto {
  @ApiProperty({ description: '保留的客户 the surviving record' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  survivorId!: string;
}

export class CustomerParams {
  @ApiProperty({ description: '客户编号 customer id' })
  @IsString()
  @MaxLength(64)
  customerId!: string;
}

export class CustomerQueryDto {
  @ApiPropertyOptional({ description: '负责人 owner', pattern: PERSON_ID.source })
  @Omittable()
  @Matches(PERSON_ID)
  ownerId?: string;

  @ApiPropertyOptional({ description: '事业部 division', pattern: PERSON_ID.source })
  @Omittable()
  @Matches(PERSON_ID)
  divisionId?: string;

  @ApiPropertyOptional({ description: '等级 grade', enum: [...GRADES, 'ungraded'] })
  @Omittable()
  @IsIn([...GRADES, 'ungraded'])
  grade?: (typeof GRADES)[number] | 'ungraded';

  @ApiPropertyOptional({ description: '状态 status', enum: CUSTOMER_STATUSES })
  @Omittable()
  @IsIn(CUSTOMER_STATUSES)
  status?: (typeof CUSTOMER_STATUSES)[number];

  @ApiPropertyOptional({ description: '公司名称关键字 name search', maxLength: 100 })
  @Omittable()
  @IsString()
  @MaxLength(100)
  q?: string;
}
