import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Omittable } from '@sales/shared/http';

/* Decorators the field-work DTOs share: ids, business dates, optional text. */

export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A required id (person, customer, division). */
export const RequiredId = (description: string, example?: string) =>
  applyDecorators(ApiProperty({ description, example, pattern: ID.source }), Matches(ID));

/** An id that may be left out (the caller, no filter). */
export const OmittableId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, pattern: ID.source }), Omittable(), Matches(ID));

/** An id that may be left out or null (no customer). */
export const NullableId = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, type: String, pattern: ID.source, nullable: true }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    Matches(ID),
  );

const dateSchema = { example: '2026-03-16', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** A business date `YYYY-MM-DD` in the company's zone, a real calendar date. */
export const BusinessDateField = (description: string) =>
  applyDecorators(
    ApiProperty({ description, ...dateSchema }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );

export const OmittableBusinessDate = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, ...dateSchema }),
    Omittable(),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );

export const NullableBusinessDate = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, ...dateSchema, nullable: true }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );

/** Free text that may be left out (empty then). */
export const OmittableText = (description: string, maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ description, maxLength }),
    Omittable(),
    IsString(),
    MaxLength(maxLength),
  );
