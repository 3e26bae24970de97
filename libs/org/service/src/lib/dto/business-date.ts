import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A business date `YYYY-MM-DD` in the company's zone. */
export const IsBusinessDate = (description: string) =>
  applyDecorators(
    ApiProperty({ description, example: '2026-01-01', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );

/** Why a change is dated before today (倒签): required then, only the VP or an admin may give it. */
export const OptionalBackdatingReason = () =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        '倒签原因：生效日期早于今天时必填（仅业务副总或系统管理员）/ why the change is dated before today: required then (VP or admin only)',
      example: '系统上线，补录既有组织',
      maxLength: 200,
    }),
    IsOptional(),
    IsString(),
    MaxLength(200),
  );
