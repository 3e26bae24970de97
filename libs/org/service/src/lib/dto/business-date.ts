import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, Matches } from 'class-validator';

/** A business date `YYYY-MM-DD` in the company's zone. */
export const IsBusinessDate = (description: string) =>
  applyDecorators(
    ApiProperty({ description, example: '2026-01-01', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsDateString({ strict: true }),
  );
