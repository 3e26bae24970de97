import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ROLES, type Role } from '@sales/shared/domain';
import { IsBusinessDate, OptionalBackdatingReason } from './business-date';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** An optional id where an explicit null means "none" (no division, no manager). */
const OptionalNullableId = (description: string, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, example, nullable: true, pattern: ID.source }),
    IsOptional(),
    ValidateIf((_, v) => v !== null),
    Matches(ID),
  );

export class CreateDivisionDto {
  @ApiPropertyOptional({
    description: '事业部 ID（不填则按代码生成）/ division id (defaults from the code)',
    example: 'd-east',
    pattern: ID.source,
  })
  @IsOptional()
  @Matches(ID)
  divisionId?: string;

  @ApiProperty({
    description: '事业部代码 / division code',
    example: 'EAST',
    pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/)
  code!: string;

  @ApiProperty({ description: '事业部名称 / name', example: '华东事业部', minLength: 1, maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @IsBusinessDate('生效日期 / effective date')
  effectiveOn!: string;

  @OptionalBackdatingReason()
  backdatingReason?: string;
}

export class RenameDivisionDto {
  @ApiProperty({ description: '新名称 / new name', example: '华东一事业部', minLength: 1, maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @IsBusinessDate('生效日期 / effective date')
  effectiveOn!: string;

  @OptionalBackdatingReason()
  backdatingReason?: string;
}

export class HirePersonDto {
  @ApiProperty({ description: '人员 ID（工号）/ person id', example: 'p-zhangwei', pattern: ID.source })
  @Matches(ID)
  personId!: string;

  @ApiProperty({ description: '姓名 / name', example: '张伟', minLength: 1, maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ description: '角色 / role', enum: ROLES, example: 'salesperson' })
  @IsIn(ROLES as unknown as string[])
  role!: Role;

  @OptionalNullableId('所属事业部（null 表示不属于事业部）/ division, null for none', 'd-east')
  divisionId?: string | null;

  @OptionalNullableId('直属上级（不填则为事业部经理或业务副总；null 表示无）/ manager')
  managerId?: string | null;

  @ApiPropertyOptional({
    description:
      '登录身份：身份提供方（OIDC）令牌中的 sub，凭此识别本人；不填则为人员编号（本地签发的令牌即如此），不可与他人重复 / ' +
      "login subject: the identity provider's token sub this person is recognised by; defaults to the person id (as the local issuer mints it); unique among people",
    example: 'oidc|5f2b9c',
    minLength: 1,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  loginSubject?: string;

  @IsBusinessDate('入职日期 / hired on')
  effectiveOn!: string;

  @OptionalBackdatingReason()
  backdatingReason?: string;
}

export class MovePersonDto {
  @ApiProperty({
    description: '调入事业部（null 表示不属于事业部）/ target division, null for none',
    example: 'd-south',
    nullable: true,
    pattern: ID.source,
  })
  @ValidateIf((_, v) => v !== null)
  @Matches(ID)
  toDivisionId!: string | null;

  @OptionalNullableId('新的直属上级 / new manager')
  managerId?: string | null;

  @IsBusinessDate('生效日期 / effective date')
  effectiveOn!: string;

  @OptionalBackdatingReason()
  backdatingReason?: string;
}

export class ChangeRoleDto {
  @ApiProperty({ description: '新角色 / new role', enum: ROLES })
  @IsIn(ROLES as unknown as string[])
  role!: Role;

  @OptionalNullableId('新的直属上级 / new manager')
  managerId?: string | null;

  @IsBusinessDate('生效日期 / effective date')
  effectiveOn!: string;

  @OptionalBackdatingReason()
  backdatingReason?: string;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({
    description: '查询某日的组织结构 / the tree as of this date (YYYY-MM-DD)',
    example: '2026-03-31',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  asOf?: string;
}
