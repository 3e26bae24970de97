import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Omittable } from '@sales/shared/http';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const MAX_REASON = 500;

const RequiredId = (description: string) =>
  applyDecorators(ApiProperty({ description, pattern: ID.source }), Matches(ID));
const Reason = (description: string) =>
  applyDecorators(
    ApiProperty({ description, minLength: 1, maxLength: MAX_REASON }),
    IsString(),
    IsNotEmpty(),
    MaxLength(MAX_REASON),
  );

export class DirectiveContractParams {
  @RequiredId('合同（系统编号）contract id')
  contractId!: string;
}

export class DirectiveParams extends DirectiveContractParams {
  @RequiredId('指示编号 directive id')
  directiveId!: string;
}

export class IssueDirectiveDto {
  @ApiPropertyOptional({
    description: '指示编号（省略则由系统生成；重试时带上同一编号不会重复记录）directive id, for safe retries',
    pattern: ID.source,
  })
  @Omittable()
  @Matches(ID)
  directiveId?: string;

  @Reason('停工原因 why work stops')
  reason!: string;
}

export class LiftDirectiveDto {
  @Reason('解除原因 why work may go on')
  reason!: string;
}
